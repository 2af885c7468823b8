#!/usr/bin/env python3
"""Regenerates loader/cases.yaml: each case is a small chart (files inline) and what the
reference helm v4.1.4 makes of it: the .Files names, the subchart names and the values, or the
error. Usage: regen.py /path/to/helm  (writes cases.yaml next to this script)."""
import json, os, shutil, subprocess, sys, tarfile, io, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
HELM = sys.argv[1]
PROBE = ('files:\n{{- range $k, $v := .Files }}\n- {{ $k | quote }}\n{{- end }}\n'
         'subcharts:\n{{- range $k, $v := .Subcharts }}\n- {{ $k | quote }}\n{{- end }}\n'
         'values: {{ toJson .Values }}\n'
         'chart: {{ toJson .Chart }}\n')
CHART = 'apiVersion: v2\nname: c\nversion: 1.0.0\n'

def tgz(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w:gz') as tf:
        for name, data in sorted(files.items()):
            b = data.encode()
            ti = tarfile.TarInfo(name); ti.size = len(b); ti.mtime = 0
            tf.addfile(ti, io.BytesIO(b))
    return buf.getvalue()

CASES = [
  {'name': 'files-basic', 'files': {'Chart.yaml': CHART, 'values.yaml': 'a: 1\n', 'README.md': 'r', 'LICENSE': 'l',
     'crds/c.yaml': 'kind: X', 'templates/t.yaml': 'x: 1', 'templates/_h.tpl': '', 'values.schema.json': '{}',
     'Chart.lock': 'generated: "2020-01-01T00:00:00Z"\ndigest: d\ndependencies: []\n', 'docs/a/b.txt': 'b',
     '.helmignore': '# nothing\n', 'charts/x.prov': 'p'}},
  {'name': 'helmignore-rules', 'files': {'Chart.yaml': CHART,
     '.helmignore': '*.bak\nsecret/\n/top.txt\ndocs/*.md\n# comment\n\n  \n',
     'a.bak': '', 'b.txt': '', 'secret/x': '', 'docs/r.md': '', 'docs/r.txt': '', 'sub/secret/y': '',
     'top.txt': '', 'sub/top.txt': '', 'templates/.hidden': 'x', 'README': '', 'sub/a.bak': ''}},
  {'name': 'helmignore-negation-quirk', 'files': {'Chart.yaml': CHART, '.helmignore': 'keep.bak\n!keep.bak\n', 'keep.bak': ''}},
  {'name': 'helmignore-doublestar', 'files': {'Chart.yaml': CHART, '.helmignore': 'a/**/b\n'}},
  {'name': 'helmignore-bad-pattern', 'files': {'Chart.yaml': CHART, '.helmignore': '[\n'}},
  {'name': 'helmignore-dir-only-and-bom', 'files': {'Chart.yaml': CHART, '.helmignore': '\ufeffbuild/\nlogs\n',
     'build/x': '', 'logs/y': '', 'logs2/z': '', 'a/build': 'file named build'}},
  {'name': 'helmignore-negated-dir-rule', 'files': {'Chart.yaml': CHART, '.helmignore': '!templates/\n', 'x.txt': ''}},
  {'name': 'helmignore-class-and-question', 'files': {'Chart.yaml': CHART, '.helmignore': '[ab]?.txt\n*.[!t]xt\n',
     'a1.txt': '', 'c1.txt': '', 'b22.txt': '', 'q.sxt': '', 'q.txt': ''}},
  {'name': 'subcharts-dirs-and-skips', 'files': {'Chart.yaml': CHART, 'values.yaml': 'sub: {own: 1}\n',
     'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n', 'charts/sub/values.yaml': 'x: y\n',
     'charts/_skip/Chart.yaml': 'not: [valid', 'charts/.hidden/Chart.yaml': 'not: [valid'}},
  {'name': 'subchart-tgz', 'files': {'Chart.yaml': CHART},
   'binary': {'charts/arc-0.1.0.tgz': {'arc/Chart.yaml': 'apiVersion: v2\nname: arc\nversion: 0.1.0\n', 'arc/values.yaml': 'z: 1\n',
                                        'arc/NOTES': 'n'}}},
  {'name': 'subchart-stray-file', 'files': {'Chart.yaml': CHART, 'charts/README.md': 'hi'}},
  {'name': 'subchart-invalid', 'files': {'Chart.yaml': CHART, 'charts/bad/Chart.yaml': 'apiVersion: v2\nname: bad\n'}},
  {'name': 'v1-requirements', 'files': {'Chart.yaml': 'apiVersion: v1\nname: c\nversion: 1.0.0\n',
     'requirements.yaml': 'dependencies:\n- name: sub\n  version: 0.1.0\n  repository: file://x\n',
     'requirements.lock': 'generated: "2020-01-01T00:00:00Z"\ndigest: d\ndependencies: []\n',
     'charts/sub/Chart.yaml': 'name: sub\nversion: 0.1.0\n'}},
  {'name': 'v2-requirements-ignored-in-files', 'files': {'Chart.yaml': CHART,
     'requirements.yaml': 'dependencies: []\n'}},
  {'name': 'missing-apiversion-is-v1', 'files': {'Chart.yaml': 'name: c\nversion: 1.0.0\n'}},
  {'name': 'apiversion-v3', 'files': {'Chart.yaml': 'apiVersion: v3\nname: c\nversion: 1.0.0\n'}},
  {'name': 'apiversion-unknown', 'files': {'Chart.yaml': 'apiVersion: v9\nname: c\nversion: 1.0.0\n'}},
  {'name': 'chart-yaml-empty', 'files': {'Chart.yaml': ''}},
  {'name': 'chart-yaml-list', 'files': {'Chart.yaml': '- a\n'}},
  {'name': 'chart-yaml-syntax', 'files': {'Chart.yaml': 'apiVersion: v2\nname: [\n'}},
  {'name': 'name-invalid', 'files': {'Chart.yaml': 'apiVersion: v2\nname: a/b\nversion: 1.0.0\n'}},
  {'name': 'name-dotdot', 'files': {'Chart.yaml': 'apiVersion: v2\nname: ..\nversion: 1.0.0\n'}},
  {'name': 'version-missing', 'files': {'Chart.yaml': 'apiVersion: v2\nname: c\n'}},
  {'name': 'version-invalid', 'files': {'Chart.yaml': 'apiVersion: v2\nname: c\nversion: x1.0\n'}},
  {'name': 'version-loose', 'files': {'Chart.yaml': 'apiVersion: v2\nname: c\nversion: v1.2\n'}},
  {'name': 'version-number-coerced', 'files': {'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.10\nappVersion: 010\n'}},
  {'name': 'type-invalid', 'files': {'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\ntype: foo\n'}},
  {'name': 'type-library', 'files': {'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\ntype: library\n'}},
  {'name': 'maintainer-null', 'files': {'Chart.yaml': CHART + 'maintainers: [null]\n'}},
  {'name': 'maintainer-bad-type', 'files': {'Chart.yaml': CHART + 'maintainers: [{name: [1]}]\n'}},
  {'name': 'deprecated-not-bool', 'files': {'Chart.yaml': CHART + 'deprecated: "x"\n'}},
  {'name': 'annotations-nested', 'files': {'Chart.yaml': CHART + 'annotations: {a: [1]}\n'}},
  {'name': 'dependency-tags-number', 'files': {'Chart.yaml': CHART + 'dependencies: [{name: a, tags: 3}]\n'}},
  {'name': 'dependency-alias-invalid', 'files': {'Chart.yaml': CHART + 'dependencies: [{name: a, alias: "a.b"}]\n'}},
  {'name': 'dependency-duplicate', 'files': {'Chart.yaml': CHART + 'dependencies: [{name: a}, {name: a}]\n'}},
  {'name': 'dependency-null', 'files': {'Chart.yaml': CHART + 'dependencies: [null]\n'}},
  {'name': 'chart-yaml-case-insensitive-keys', 'files': {'Chart.yaml': 'apiVersion: v2\nName: c\nVERSION: 1.0.0\n'}},
  {'name': 'chart-yaml-infinity', 'files': {'Chart.yaml': CHART + 'appVersion: .inf\n'}},
  {'name': 'values-not-map', 'files': {'Chart.yaml': CHART, 'values.yaml': '- a\n'}},
  {'name': 'values-multidoc', 'files': {'Chart.yaml': CHART, 'values.yaml': 'a: {x: 1}\n---\n---\na: {y: 2}\nb: 3\n'}},
  {'name': 'values-syntax-second-doc', 'files': {'Chart.yaml': CHART, 'values.yaml': 'a: 1\n--- # c\nb: [\n'}},
  {'name': 'values-bad-separator', 'files': {'Chart.yaml': CHART, 'values.yaml': 'a: 1\n--- foo\nb: 2\n'}},
  {'name': 'values-bom', 'files': {'Chart.yaml': CHART, 'values.yaml': '\ufeffa: 1\n'}},
  {'name': 'chart-lock-bad', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'dependencies: 3\n'}},
  {'name': 'lock-time-unquoted', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'generated: 2016-09-13T17:25:17.47376-04:00\ndependencies: []\n'}},
  {'name': 'lock-time-date-only', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'generated: 2016-09-13\ndependencies: []\n'}},
  {'name': 'lock-time-bad', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'generated: "bad"\n'}},
  {'name': 'lock-time-number', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'generated: 5\n'}},
  {'name': 'lock-time-month', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'generated: "2016-13-01T00:00:00Z"\n'}},
  {'name': 'lock-time-extra', 'files': {'Chart.yaml': CHART, 'Chart.lock': 'generated: "2016-01-01T00:00:00Zx"\n'}},
  {'name': 'metadata-sanitized', 'files': {'Chart.yaml': CHART + 'description: "a\\tb\\u0007c"\nkeywords: ["k\\nw"]\n'}},
]

def run(case):
    d = '/tmp/capstan-loader-regen/' + case['name']
    shutil.rmtree(d, ignore_errors=True)
    for name, data in case['files'].items():
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'w', encoding='utf-8').write(data)
    for name, files in case.get('binary', {}).items():
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'wb').write(tgz(files))
    os.makedirs(os.path.join(d, 'templates'), exist_ok=True)
    open(os.path.join(d, 'templates', 'zz-probe.yaml'), 'w').write(PROBE)
    r = subprocess.run([HELM, 'template', 'x', d, '--show-only', 'templates/zz-probe.yaml'],
                       capture_output=True, text=True)
    out = dict(case)
    out.pop('binary', None)
    if 'binary' in case:
        out['tgz'] = case['binary']
    if r.returncode != 0:
        errs = [l for l in r.stderr.split('\n') if l.startswith('Error: ')]
        out['error'] = errs[0].removeprefix('Error: ')
    else:
        doc = yaml.safe_load(r.stdout.split('---\n', 1)[1].split('\n', 1)[1])
        out['expectFiles'] = doc['files'] or []
        out['expectSubcharts'] = doc['subcharts'] or []
        out['expectValuesJson'] = json.dumps(doc['values'], sort_keys=True)
        out['expectChartJson'] = json.dumps(doc['chart'], sort_keys=True)
    return out

results = [run(c) for c in CASES]
with open(os.path.join(HERE, 'cases.yaml'), 'w') as f:
    f.write('# Generated by regen.py from the reference helm v4.1.4; do not edit by hand.\n')
    yaml.safe_dump(results, f, sort_keys=False, allow_unicode=True, width=120)
