#!/bin/sh
# Regenerates values-oracle.tsv: each case of values-cases.txt becomes the values.yaml of a chart
# whose template prints {{ toJson .Values }}; the row holds NAME <TAB> stdout JSON or the Error line.
# Usage: sh values-oracle.sh [path-to-helm]
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$HERE" "${1:-$HOME/.cache/reference-helm/helm}" <<'PY'
import os, subprocess, sys, tempfile, shutil
sys.path.insert(0, sys.argv[1])
here, helm = sys.argv[1], sys.argv[2]
import importlib.util
spec = importlib.util.spec_from_file_location("regen", os.path.join(here, "regen-oracle.py"))
src = open(os.path.join(here, "regen-oracle.py")).read().replace("\nmain()\n", "\n")
ns = {"__file__": os.path.join(here, "regen-oracle.py")}
exec(compile(src, "regen-oracle.py", "exec"), ns)
cases = ns["read_cases"]("values-cases.txt")
tmp = tempfile.mkdtemp()
try:
    chart = os.path.join(tmp, "v")
    os.makedirs(os.path.join(chart, "templates"))
    open(os.path.join(chart, "Chart.yaml"), "w").write("apiVersion: v2\nname: v\nversion: 0.1.0\n")
    open(os.path.join(chart, "templates", "t.yaml"), "w").write("#{{ toJson .Values }}\n")
    rows = []
    for name, body in cases:
        open(os.path.join(chart, "values.yaml"), "wb").write(body.encode("utf-8"))
        r = subprocess.run([helm, "template", "x", chart], capture_output=True)
        out = r.stdout.decode().splitlines()
        if r.returncode == 0:
            res = [l[1:] for l in out if l.startswith("#{")][0]
        else:
            res = r.stderr.decode().splitlines()[0]
        rows.append("%s\t%s\n" % (name, res))
    open(os.path.join(here, "values-oracle.tsv"), "w").write("".join(rows))
finally:
    shutil.rmtree(tmp)
PY
