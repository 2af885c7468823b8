import os, subprocess, json, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
from parse_rows import rows
def goquote(s):
    out='"'
    for ch in s:
        o=ord(ch)
        if ch=='"': out+='\\"'
        elif ch=='\\': out+='\\\\'
        elif ch=='\n': out+='\\n'
        elif ch=='\t': out+='\\t'
        elif ch=='\r': out+='\\r'
        elif o<0x20: out+='\\x%02x'%o
        else: out+=ch
    return out+'"'
lines=["# Rows re-expressed from Go's text/template/parse/parse_test.go (parseTests), plus error rows.",
"# Error messages were produced by the reference helm v4.1.4 (template named c/templates/a.yaml);",
"# functions defined: helm's set (printf, contains, ...).",
"# Columns: name <TAB> input (Go-quoted) <TAB> ok <TAB> tree String() with quoted text, or the error as helm shows it",
"# (helm keeps the location and the last ': '-separated part of Go's message: engine.go cleanupParseError)"]
for name,inp,ok,res in rows:
    if not ok:
        out=subprocess.run([os.path.join(HERE, 'gt_raw.sh'),inp],capture_output=True,text=True).stdout
        m=re.search(r'(parse error at \(c/templates/a\.yaml:\d+\): .*)',out)
        if m:
            res=m.group(1)
            okv="false"
        else:
            print("NO ERROR from helm for",name,repr(out[:200]),file=sys.stderr)
            okv="helm-ok"
            res=out
    else:
        okv="true"
        res=res
    lines.append("\t".join([name,goquote(inp),okv,goquote(res) if okv!="true" else goquote(res)]))
open(os.path.join(TABLES, 'parse.tsv'),'w').write("\n".join(lines)+"\n")
