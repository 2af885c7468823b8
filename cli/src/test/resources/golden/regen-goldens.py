#!/usr/bin/env python3
"""Regenerates out/*.txt for cases.yaml with the reference helm.

Each golden is:  exit code line, then '--- stdout', stdout, '--- stderr', stderr. Paths of this
folder are written as CHARTS/ and HERE/ so the goldens do not depend on where the project lives,
and 'helm' in usage text becomes 'capstan'.  usage: regen-goldens.py [HELM]"""
import os, subprocess, sys, tempfile, yaml

here = os.path.dirname(os.path.abspath(__file__))
helm = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.cache/reference-helm/helm")
charts = os.path.join(here, "charts")
os.makedirs(os.path.join(here, "out"), exist_ok=True)
for c in yaml.safe_load(open(os.path.join(here, "cases.yaml"))):
    outdir = tempfile.mkdtemp()
    args = [a.replace("CHARTS", charts).replace("HERE", here).replace("OUT", outdir) for a in c["args"]]
    if args and args[0] == "template" and len(args) > 1:
        args += ["--kube-version", "1.20.0"]
    env = {"PATH": os.environ["PATH"], "HOME": "/nonexistent"}
    r = subprocess.run([helm] + args, capture_output=True, env=env, cwd=here)
    norm = lambda b: (b.decode().replace(outdir, "OUT").replace(charts, "CHARTS").replace(here, "HERE")
                      .replace('"helm template"', '"capstan template"').replace("Usage:  helm ", "Usage:  capstan "))
    err = "".join(l for l in norm(r.stderr).splitlines(True) if not l.startswith("level="))
    with open(os.path.join(here, "out", c["name"] + ".txt"), "w") as f:
        f.write(f"exit {r.returncode}\n--- stdout\n{norm(r.stdout)}--- stderr\n{err}")
        for root, _, names in sorted(os.walk(outdir)):
            for n in sorted(names):
                p = os.path.join(root, n)
                f.write(f"--- file {os.path.relpath(p, outdir)}\n" + open(p).read())
