#!/usr/bin/env python3
"""Builds the optional real-values corpus for RealValuesCorpusTest: for every values.yaml of the
compat charts (../shared/compat beside the repository), asks the reference Helm for toYaml, toYamlPretty and toJson
of every subtree. Output stays outside the project (third-party data). Then run:
./mvnw -q -B -o -pl chart-engine test -Dtest=RealValuesCorpusTest -DyamlEmit.corpus=DIR
"""
import base64, json, os, subprocess, sys, shutil, glob, yaml
HELM = os.path.expanduser("~/.cache/reference-helm/helm")
# the shared corpus beside the repository (CAPSTAN_SHARED overrides)
SHARED = os.environ.get('CAPSTAN_SHARED') or os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..', '..', 'shared'))
ROOT = os.path.join(SHARED, "compat", "charts")
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/yaml-emit-corpus"
os.makedirs(OUT, exist_ok=True)

def gostr(s):
    r = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '"\\': r.append("\\" + ch)
        elif 0x20 <= o < 0x7f: r.append(ch)
        elif o <= 0xffff: r.append("\\u%04x" % o)
        else: r.append("\\U%08x" % o)
    r.append('"'); return "".join(r)

def walk(v, path, out):
    out.append(path)
    if isinstance(v, dict):
        for k, x in v.items(): walk(x, path + [str(k)], out)
    elif isinstance(v, list):
        for i, x in enumerate(v): walk(x, path + [i], out)

valuefiles = glob.glob(ROOT + "/*/values.yaml") + glob.glob(ROOT + "/*/charts/*/values.yaml") + glob.glob(os.path.join(SHARED, "compat", "values", "*.yaml"))
total = 0
for vf in sorted(valuefiles):
    name = vf.replace(ROOT + "/", "").replace("/values.yaml", "").replace("/", "_").replace(os.path.join(SHARED, "compat", "values").replace("/", "_") + "_", "")
    name = os.path.basename(vf) if "/compat/values/" in vf else name
    try:
        data = yaml.safe_load(open(vf))
    except Exception as e:
        print("skip", vf, e); continue
    if not isinstance(data, dict): continue
    tmp = OUT + "/.chart"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp + "/templates")
    open(tmp + "/Chart.yaml", "w").write("apiVersion: v2\nname: rc\nversion: 0.1.0\n")
    shutil.copy(vf, tmp + "/values.yaml")
    paths = []
    walk(data, [], paths)
    lines = ['all: {{ toJson .Values | b64enc | quote }}']
    for i, p in enumerate(paths):
        idx = " ".join(gostr(x) if isinstance(x, str) else str(x) for x in p)
        expr = "(index .Values %s)" % idx if p else ".Values"
        for fn in ["toYaml", "toYamlPretty", "toJson"]:
            lines.append('p%d_%s: {{ %s %s | b64enc | quote }}' % (i, fn, fn, expr))
    open(tmp + "/templates/a.yaml", "w").write("\n".join(lines) + "\n")
    r = subprocess.run([HELM, "template", "x", tmp], capture_output=True)
    if r.returncode != 0:
        print("fail", vf, r.stderr.decode()[:300]); continue
    d = yaml.safe_load(r.stdout.decode())
    res = {"values": base64.b64decode(d["all"]).decode(), "cases": []}
    for i, p in enumerate(paths):
        res["cases"].append({"path": p, **{fn: base64.b64decode(d["p%d_%s" % (i, fn)]).decode() for fn in ["toYaml", "toYamlPretty", "toJson"]}})
    json.dump(res, open(OUT + "/" + name + ".json", "w"))
    total += len(paths)
    print(name, len(paths))
print("total paths", total)
