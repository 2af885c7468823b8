#!/usr/bin/env python3
"""Regenerates oracle.tsv by running the reference Helm (v4.1.4) on every case in cases.txt.

cases.txt holds YAML inputs, each after a header line `### NAME` (`### NAME !esc` means the body
uses \\r, \\uHHHH and \\\\ escapes for characters that are awkward in a text file). Every case is
written to a throw-away chart under /tmp and rendered with
    {{ $.Files.Get $p | fromYaml | toJson }}  and  {{ $.Files.Get $p | fromYamlArray | toJson }}
so the oracle's sigs.k8s.io/yaml.Unmarshal result (or its error text) is captured for a map target
and for a list target. Output: oracle.tsv with NAME<TAB>MAP_JSON<TAB>ARRAY_JSON per case. json-cases.txt is run the
same way through fromJson / fromJsonArray into json-oracle.tsv; toml-encode-cases.txt (YAML
inputs) through `fromYaml | toToml` and `fromYamlArray | toToml`, toml-decode-cases.txt (TOML
inputs, and toml-fuzz-cases.txt: TOML with random mistakes) through `fromToml` and
`fromToml | toToml`.

goyaml-cases.txt, sigs-cases.txt and helm-cases.txt hold the YAML inputs of upstream test tables
(go-yaml v2 decode_test.go, sigs.k8s.io/yaml yaml_test.go, helm funcs_test.go); fuzz-cases.txt
(and fuzzb-cases.txt, with 2-5 mistakes each) hold snippets of the compat charts' values files with random mistakes (made once by a
seeded script, kept as data). They are run like cases.txt into goyaml-oracle.tsv, sigs-oracle.tsv,
helm-oracle.tsv and fuzz-oracle.tsv.

It also records the compat charts' values.yaml / Chart.yaml files (see compat-oracle.tsv) the
same way, keyed by their path relative to the shared compat/charts folder.

Usage: python3 regen-oracle.py [path-to-helm]
"""
import os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HELM = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.cache/reference-helm/helm")
# the shared corpus beside the repository (CAPSTAN_SHARED overrides)
SHARED = os.environ.get('CAPSTAN_SHARED') or os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..', '..', 'shared'))
COMPAT = os.path.join(SHARED, "compat", "charts")

def unescape(s):
    return re.sub(r"\\(r|\\|u[0-9a-fA-F]{4})",
                  lambda m: "\r" if m.group(1) == "r" else "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), s)

def read_cases(fname="cases.txt"):
    cases, name, esc, body = [], None, False, []
    for line in open(os.path.join(HERE, fname), encoding="utf-8").read().split("\n")[:-1]:
        if line.startswith("### "):
            if name is not None:
                cases.append((name, "".join(body)))
            parts = line[4:].split(" ")
            name, esc, body = parts[0], "!esc" in parts[1:], []
        else:
            body.append((unescape(line) if esc else line) + "\n")
    if name is not None:
        cases.append((name, "".join(body)))
    return cases

def run_oracle(inputs, fmap="fromYaml", farr="fromYamlArray"):
    """inputs: list of (key, bytes). Returns {key: (mapJson, arrayJson)}."""
    tmp = tempfile.mkdtemp(prefix="yaml-read-oracle-")
    try:
        chart = os.path.join(tmp, "oracle")
        os.makedirs(os.path.join(chart, "templates"))
        os.makedirs(os.path.join(chart, "cases"))
        with open(os.path.join(chart, "Chart.yaml"), "w") as f:
            f.write("apiVersion: v2\nname: oracle\nversion: 0.1.0\n")
        index = {}
        for i, (key, data) in enumerate(inputs):
            fn = "c%05d.yaml" % i
            index[fn] = key
            with open(os.path.join(chart, "cases", fn), "wb") as f:
                f.write(data)
        with open(os.path.join(chart, "templates", "t.yaml"), "w") as f:
            f.write('{{- range $p, $_ := .Files.Glob "cases/*.yaml" }}\n'
                    '#M {{ base $p }} {{ $.Files.Get $p | %s | toJson }}\n'
                    '#A {{ base $p }} {{ $.Files.Get $p | %s | toJson }}\n'
                    '{{- end }}\n' % (fmap, farr))
        out = subprocess.run([HELM, "template", "x", chart], check=True, capture_output=True).stdout.decode("utf-8")
        res = {}
        for line in out.split("\n"):
            m = re.match(r"^#([MA]) (\S+) (.*)$", line)
            if m:
                key = index[m.group(2)]
                r = res.setdefault(key, [None, None])
                r[0 if m.group(1) == "M" else 1] = m.group(3)
        return res
    finally:
        shutil.rmtree(tmp)

def write_tsv(path, keys, res):
    with open(path, "w", encoding="utf-8") as f:
        for k in keys:
            m, a = res[k]
            f.write("%s\t%s\t%s\n" % (k, m, a))

def main():
    cases = read_cases()
    res = run_oracle([(n, b.encode("utf-8")) for n, b in cases])
    write_tsv(os.path.join(HERE, "oracle.tsv"), [n for n, _ in cases], res)
    for extra in ("goyaml", "sigs", "helm", "fuzz", "fuzzb", "fuzzc"):
        cases = read_cases(extra + "-cases.txt")
        res = run_oracle([(n, b.encode("utf-8")) for n, b in cases])
        write_tsv(os.path.join(HERE, extra + "-oracle.tsv"), [n for n, _ in cases], res)
    cases = read_cases("json-cases.txt")
    res = run_oracle([(n, b.encode("utf-8")) for n, b in cases], "fromJson", "fromJsonArray")
    write_tsv(os.path.join(HERE, "json-oracle.tsv"), [n for n, _ in cases], res)
    cases = read_cases("toml-encode-cases.txt")
    res = run_oracle([(n, b.encode("utf-8")) for n, b in cases], "fromYaml | toToml", "fromYamlArray | toToml")
    write_tsv(os.path.join(HERE, "toml-encode-oracle.tsv"), [n for n, _ in cases], res)
    for name in ("toml-decode", "toml-fuzz"):
        cases = read_cases(name + "-cases.txt")
        res = run_oracle([(n, b.encode("utf-8")) for n, b in cases], "fromToml", "fromToml | toToml")
        write_tsv(os.path.join(HERE, name + "-oracle.tsv"), [n for n, _ in cases], res)
    if os.path.isdir(COMPAT):
        files = []
        for root, dirs, names in os.walk(COMPAT):
            dirs.sort()
            for n in sorted(names):
                if n in ("values.yaml", "Chart.yaml"):
                    p = os.path.join(root, n)
                    files.append((os.path.relpath(p, COMPAT), open(p, "rb").read()))
        res = run_oracle(files)
        write_tsv(os.path.join(HERE, "compat-oracle.tsv"), [k for k, _ in files], res)

main()
