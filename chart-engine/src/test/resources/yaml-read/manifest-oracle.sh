#!/bin/sh
# Regenerates manifest-oracle.tsv: each case of manifest-cases.txt becomes a template of a chart;
# the row holds NAME <TAB> OK, or the error after "YAML parse error on h/templates/a.yaml: ".
# Usage: sh manifest-oracle.sh [path-to-helm]
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$HERE" "${1:-$HOME/.cache/reference-helm/helm}" <<'PY'
import os, subprocess, sys, tempfile, shutil
here, helm = sys.argv[1], sys.argv[2]
src = open(os.path.join(here, "regen-oracle.py")).read().replace("\nmain()\n", "\n")
ns = {"__file__": os.path.join(here, "regen-oracle.py")}
exec(compile(src, "regen-oracle.py", "exec"), ns)
cases = ns["read_cases"]("manifest-cases.txt")
tmp = tempfile.mkdtemp()
try:
    chart = os.path.join(tmp, "h")
    os.makedirs(os.path.join(chart, "templates"))
    open(os.path.join(chart, "Chart.yaml"), "w").write("apiVersion: v2\nname: h\nversion: 0.1.0\n")
    rows = []
    prefix = "Error: YAML parse error on h/templates/a.yaml: "
    for name, body in cases:
        open(os.path.join(chart, "templates", "a.yaml"), "wb").write(body.encode("utf-8"))
        r = subprocess.run([helm, "template", "x", chart], capture_output=True)
        if r.returncode == 0:
            res = "OK"
        else:
            line = r.stderr.decode().splitlines()[0]
            res = line[len(prefix):] if line.startswith(prefix) else "UNEXPECTED " + line
        rows.append("%s\t%s\n" % (name, res))
    open(os.path.join(here, "manifest-oracle.tsv"), "w").write("".join(rows))
finally:
    shutil.rmtree(tmp)
PY
