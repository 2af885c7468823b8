#!/usr/bin/env python3
"""Asks the reference helm what a template prints, to produce expectations for the sprig tables.

Usage: oracle.py cases.json > answers.json
cases.json: [{"tpl": "...", "vars": {...}?, "tz": "Europe/Berlin"?}, ...] (one TZ per file). Each template runs as a named template through
`include` (so the output is Go text/template's raw output, "<no value>" included) with the vars as
its data, and comes back base64-encoded to survive Helm's YAML handling. Each answer gains "out"
or "err" (the message after "error calling X: " when Helm reports one).
"""
import base64, json, os, re, subprocess, sys, tempfile

HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')


def render(cases):
    env = dict(os.environ)
    tz = {c.get('tz') for c in cases}
    if len(tz) == 1 and None not in tz:
        env['TZ'] = tz.pop()
    with tempfile.TemporaryDirectory(prefix='oracle') as d:
        os.makedirs(d + '/templates')
        open(d + '/Chart.yaml', 'w').write('apiVersion: v2\nname: o\nversion: 0.1.0\n')
        vals = {f'v{i}': c.get('vars', {}) for i, c in enumerate(cases)}
        open(d + '/values.yaml', 'w').write(json.dumps(vals))
        body = ['{{ define "c%d" }}%s{{ end }}' % (i, c['tpl']) for i, c in enumerate(cases)]
        open(d + '/templates/_c.tpl', 'w').write(''.join(body))
        out = ''.join('k%d: {{ include "c%d" .Values.v%d | b64enc | quote }}\n' % (i, i, i) for i in range(len(cases)))
        open(d + '/templates/a.yaml', 'w').write(out)
        p = subprocess.run([HELM, 'template', 'x', d], capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


def answer(cases):
    """Fills "out"/"err" for each case; a failing batch is halved until each error is isolated."""
    rc, out, err = render(cases)
    if rc == 0:
        for line in out.splitlines():
            m = re.match(r'k(\d+): "(.*)"$', line)
            if m:
                cases[int(m.group(1))]['out'] = base64.b64decode(m.group(2)).decode('utf-8', 'surrogateescape')
        return
    if len(cases) > 1:
        mid = len(cases) // 2
        answer(cases[:mid])
        answer(cases[mid:])
        return
    e = err.strip().split('\n\nUse --debug')[0]
    ms = list(re.finditer(r'error calling \w+: ', e))
    cases[0]['err'] = e[ms[-1].end():].splitlines()[0].strip() if ms else e.strip().splitlines()[-1].strip()


def main():
    cases = json.load(open(sys.argv[1]))
    if len({c.get('tz') for c in cases}) > 1:
        sys.exit('one TZ per batch')
    answer(cases)
    json.dump(cases, sys.stdout, indent=1, ensure_ascii=False)


main()
