#!/usr/bin/env python3
"""Re-asks the reference helm for every row of template_cases.json and reports (or, with
--write, stores) the rows whose "out"/"err" changed. Rows are grouped by "tz" and sent in
batches through oracle.py's render(). Usage: regen.py [--write]
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'template_cases.json')


def ask(rows):
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as f:
        json.dump([{k: r[k] for k in ('tpl', 'vars', 'tz') if k in r} for r in rows], f)
    p = subprocess.run([sys.executable, os.path.join(HERE, 'oracle.py'), f.name], capture_output=True, text=True, check=True)
    os.unlink(f.name)
    return json.loads(p.stdout)


def main():
    doc = json.load(open(CASES))
    rows = doc['cases']
    changed = 0
    for tz in sorted({r.get('tz', '') for r in rows}):
        group = [r for r in rows if r.get('tz', '') == tz]
        for i in range(0, len(group), 300):
            batch = group[i:i + 300]
            for r, a in zip(batch, ask(batch)):
                new = {k: a[k] for k in ('out', 'err') if k in a}
                old = {k: r[k] for k in ('out', 'err') if k in r}
                if new != old:
                    changed += 1
                    print('CHANGED', r['tpl'], old, '->', new)
                    r.pop('out', None)
                    r.pop('err', None)
                    r.update(new)
    print(changed, 'changed of', len(rows))
    if '--write' in sys.argv and changed:
        json.dump(doc, open(CASES, 'w'), indent=1, ensure_ascii=False)


main()
