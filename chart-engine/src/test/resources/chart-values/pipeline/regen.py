#!/usr/bin/env python3
"""Regenerates cases.yaml: small chart trees (files inline) run through the reference helm v4.1.4
with --set flags; records the root .Values as JSON (printed by a probe rendered before any other
template), the sorted subchart names left after dependency processing, the warning lines on
stderr, or the error. Usage: regen.py /path/to/helm"""
import json, os, shutil, subprocess, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
HELM = sys.argv[1]
PROBE = 'templates/' + 'zz/' * 12 + 'probe.yaml'
def chart(name, extra=''):
    return 'apiVersion: v2\nname: %s\nversion: 1.0.0\n%s' % (name, extra)
SUB = chart('child')
CASES = [
  {'name': 'condition disables, user block stays', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n  condition: child.enabled\n'),
     'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 'd: 1\n'},
   'args': ['--set', 'child.enabled=false', '--set', 'child.x=1', '--set', 'child.rm=null']},
  {'name': 'parent null deletes subchart default', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n'),
     'values.yaml': 'child: {rm: null}\n', 'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 'rm: 1\nkeep: 2\n'}, 'args': []},
  {'name': 'own null stays', 'files': {'Chart.yaml': chart('p'), 'values.yaml': 'a: null\nb: {c: null}\n'}, 'args': []},
  {'name': 'alias twice', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n  alias: one\n- name: child\n  version: 1.0.0\n  alias: two\n'),
     'values.yaml': 'two: {v: 2}\n', 'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 'v: 0\n'}, 'args': []},
  {'name': 'tags and conditions', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: a\n  version: 1.0.0\n  tags: [front]\n- name: b\n  version: 1.0.0\n  tags: [back]\n  condition: b.on,x.on\n'),
     'values.yaml': 'tags: {front: false, back: false}\nb: {on: true}\n',
     'charts/a/Chart.yaml': chart('a'), 'charts/b/Chart.yaml': chart('b')}, 'args': []},
  {'name': 'non-bool tag and condition warn', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n  condition: child.enabled\n  tags: [t1]\n'),
     'values.yaml': 'child: {enabled: "yes"}\ntags: {t1: 1}\n', 'charts/child/Chart.yaml': SUB}, 'args': []},
  {'name': 'import values', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n  import-values:\n  - data\n  - child: deep\n    parent: imported\n  - missing\n'),
     'values.yaml': 'exportedKey: parentval\nimported: {dk: parentdk}\n', 'charts/child/Chart.yaml': SUB,
     'charts/child/values.yaml': 'exports:\n  data:\n    exportedKey: childval\n    other: x\ndeep: {dk: childdk, d2: z}\n'}, 'args': []},
  {'name': 'version mismatch keeps chart unaliased', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 2.0.0\n  alias: al\n'),
     'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 'v: 1\n'}, 'args': []},
  {'name': 'globals', 'files': {
     'Chart.yaml': chart('p'), 'values.yaml': 'global: {region: eu, nested: {a: 1}}\n',
     'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 'global: {region: us, own: g, nested: {b: 2}}\n'},
   'args': ['--set', 'global.extra=1']},
  {'name': 'scalar over subchart map is a type mismatch', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n'), 'charts/child/Chart.yaml': SUB},
   'args': ['--set', 'child=1']},
  {'name': 'coalesce warnings repeat as in helm', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n'),
     'values.yaml': 'top: 1\n', 'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 'a: 1\nm: {k: v}\n'},
   'args': ['--set', 'child.a.b=1', '--set', 'top.x=1', '--set', 'child.m=3']},
  {'name': 'import values with a warning', 'files': {
     'Chart.yaml': chart('p', 'dependencies:\n- name: child\n  version: 1.0.0\n  import-values:\n  - child: t\n    parent: p\n'),
     'values.yaml': 'p: 1\n', 'charts/child/Chart.yaml': SUB, 'charts/child/values.yaml': 't: {k: v}\n'}, 'args': []},
  {'name': 'missing dependency', 'files': {'Chart.yaml': chart('p', 'dependencies:\n- name: gone\n  version: 1.0.0\n')}, 'args': []},
  {'name': 'kubeVersion incompatible', 'files': {'Chart.yaml': chart('p', 'kubeVersion: ">=1.40.0"\n')}, 'args': []},
  {'name': 'kubeVersion ok', 'files': {'Chart.yaml': chart('p', 'kubeVersion: ">=1.20.0-0"\n')}, 'args': []},
]
rows = []
for c in CASES:
    d = '/tmp/capstan-pipeline-regen/p'
    shutil.rmtree(d, ignore_errors=True)
    for n, t in c['files'].items():
        os.makedirs(os.path.dirname(os.path.join(d, n)), exist_ok=True)
        open(os.path.join(d, n), 'w').write(t)
    os.makedirs(os.path.dirname(os.path.join(d, PROBE)), exist_ok=True)
    open(os.path.join(d, PROBE), 'w').write('values: {{ toJson .Values }}\nsubcharts: {{ keys .Subcharts | sortAlpha | toJson }}\n')
    r = subprocess.run([HELM, 'template', 'x', d, '--show-only', PROBE] + c['args'], capture_output=True, text=True)
    row = dict(c)
    row['warnings'] = [l for l in r.stderr.split('\n') if l.startswith('level=')]
    if r.returncode:
        row['error'] = [l for l in r.stderr.split('\n') if l.startswith('Error: ')][0][7:]
    else:
        doc = yaml.safe_load(r.stdout.split('\n', 2)[2])
        row['expectJson'] = json.dumps(doc['values'], sort_keys=True)
        row['expectSubcharts'] = doc['subcharts']
    rows.append(row)
with open(os.path.join(HERE, 'cases.yaml'), 'w') as f:
    f.write('# Generated by regen.py from the reference helm v4.1.4; do not edit.\n')
    yaml.safe_dump(rows, f, sort_keys=False, allow_unicode=True, width=200)
