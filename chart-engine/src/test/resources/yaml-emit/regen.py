#!/usr/bin/env python3
"""Regenerates expected.json from the reference Helm binary (the oracle).

Usage: python3 regen.py [path/to/helm]   (default ~/.cache/reference-helm/helm)

The inputs live in cases.py. Each case value is typed JSON: numbers are float64 (as everything read
from values.yaml is), and {"$int": n}, {"$int64": "n"}, {"$float": "NaN"} mark Go int, int64 and
special floats, {"$bytes": "base64"} a Go []byte; {"$expr": true, "v": ...} forces the value to be built with template functions
(dict/list) instead of values.yaml (needed for nulls inside maps, which values coalescing drops).

For every case and function the chart prints `ID_FN: {{ FN .Values.ID | b64enc | quote }}` so the
rendered manifest stays valid YAML whatever the function returns; functions that fail the render
are run one per chart and their error text is recorded.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402

HELM = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.cache/reference-helm/helm")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json")

SWALLOW = ["toYaml", "toYamlPretty", "toJson", "toPrettyJson"]  # return "" on error
FAILING = ["mustToYaml", "mustToJson", "toRawJson", "mustToRawJson", "mustToPrettyJson"]


def needs_expr(v):
    if isinstance(v, dict):
        if any(k.startswith("$") for k in v):
            return True
        return any(needs_expr(x) for x in v.values())
    if isinstance(v, list):
        return any(needs_expr(x) for x in v)
    return False


def go_string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o <= 0xFFFF:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    out.append('"')
    return "".join(out)


def expr(v):
    if v is None:
        return "nil"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return "(float64 %s)" % go_string(repr(float(v)))
    if isinstance(v, str):
        return go_string(v)
    if isinstance(v, list):
        return "(list %s)" % " ".join(expr(x) for x in v) if v else "(list)"
    if isinstance(v, dict):
        if "$int" in v:
            return str(int(v["$int"]))
        if "$int64" in v:
            return "(int64 %s)" % go_string(str(v["$int64"]))
        if "$float" in v:
            return "(float64 %s)" % go_string(v["$float"])
        if "$bytes" in v:
            name = "files/b%d" % len(BYTE_FILES)
            BYTE_FILES[name] = base64.b64decode(v["$bytes"])
            return "(.Files.GetBytes %s)" % go_string(name)
        if "$expr" in v:
            return expr(v["v"])
        parts = []
        for k, x in v.items():
            parts.append(go_string(k))
            parts.append(expr(x))
        return "(dict %s)" % " ".join(parts) if parts else "(dict)"
    raise ValueError(v)


def yaml_scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    out = ['"']
    for ch in v:
        o = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o <= 0xFFFF:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    out.append('"')
    return "".join(out)


def yaml_block(v, ind, out):
    """Block YAML with explicit keys, so any key length and any character reads back exactly."""
    pad = " " * ind
    if isinstance(v, dict):
        for k, x in v.items():
            out.append("%s? %s\n%s:" % (pad, yaml_scalar(k), pad))
            yaml_node(x, ind, out)
    else:
        for x in v:
            out.append("%s-" % pad)
            yaml_node(x, ind, out)


def yaml_node(x, ind, out):
    if isinstance(x, (dict, list)) and x:
        out.append("\n")
        yaml_block(x, ind + 2, out)
    elif isinstance(x, dict):
        out.append(" {}\n")
    elif isinstance(x, list):
        out.append(" []\n")
    else:
        out.append(" %s\n" % yaml_scalar(x))


BYTE_FILES = {}  # []byte values reach templates through .Files.GetBytes


def render(chart_dir, values, template):
    os.makedirs(os.path.join(chart_dir, "files"), exist_ok=True)
    for name, data in BYTE_FILES.items():
        with open(os.path.join(chart_dir, name), "wb") as f:
            f.write(data)
    out = []
    if values:
        yaml_block(values, 0, out)
    with open(os.path.join(chart_dir, "values.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    with open(os.path.join(chart_dir, "templates", "a.yaml"), "w", encoding="utf-8") as f:
        f.write(template)
    p = subprocess.run([HELM, "template", "x", chart_dir], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def operand(cid, v, values):
    if needs_expr(v):
        return expr(v)
    values[cid] = v
    return ".Values." + cid


def main():
    all_cases = cases.all_cases()
    tmp = tempfile.mkdtemp()
    chart = os.path.join(tmp, "c")
    os.makedirs(os.path.join(chart, "templates"))
    with open(os.path.join(chart, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")

    # Swallowing functions never fail the render; failing ones are batched too, and a case whose
    # failing function stops the render is moved to one-chart-per-function runs.
    errors = {c["id"] for c in all_cases if c.get("error")}
    while True:
        values, lines, owner = {}, [], []
        for c in all_cases:
            op = operand(c["id"], c["value"], values)
            fns = SWALLOW + ([] if c["id"] in errors else FAILING)
            for fn in fns:
                lines.append('%s_%s: {{ %s %s | b64enc | quote }}' % (c["id"], fn, fn, op))
                owner.append(c["id"])
        rc, out, err = render(chart, values, "\n".join(lines) + "\n")
        if rc == 0:
            break
        m = re.search(r"a\.yaml:(\d+):\d+", err)
        if not m:
            sys.exit("batch render failed: " + err)
        bad = owner[int(m.group(1)) - 1]
        print("render error in %s, running it alone" % bad)
        errors.add(bad)
    docs = [d for d in yaml.safe_load_all(out) if d]
    got = {}
    for d in docs:
        got.update(d)

    result = []
    for c in all_cases:
        outputs = {}
        fns = SWALLOW + ([] if c["id"] in errors else FAILING)
        for fn in fns:
            outputs[fn] = {"out": base64.b64decode(got["%s_%s" % (c["id"], fn)]).decode("utf-8")}
        if c["id"] in errors:
            for fn in FAILING:
                vals = {}
                op = operand(c["id"], c["value"], vals)
                rc, out, err = render(chart, vals, "x: {{ %s %s | b64enc | quote }}\n" % (fn, op))
                if rc == 0:
                    d = yaml.safe_load(out)
                    outputs[fn] = {"out": base64.b64decode(d["x"]).decode("utf-8")}
                else:
                    marker = "error calling %s: " % fn
                    line = err.strip().splitlines()[0]
                    outputs[fn] = {"err": line[line.index(marker) + len(marker):] if marker in line else line}
        result.append({"id": c["id"], "value": c["value"], "outputs": outputs})

    with open(OUT, "w", encoding="utf-8") as f:
        # One case per line: small and diffable.
        f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in result) + "\n]\n")
    shutil.rmtree(tmp)
    print("wrote %d cases to %s" % (len(result), OUT))


if __name__ == "__main__":
    main()
