import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
from exec_rows import R
def goquote(s):
    out='"'
    for ch in s:
        o=ord(ch)
        if ch=='"': out+='\\"'
        elif ch=='\\': out+='\\\\'
        elif ch=='\n': out+='\\n'
        elif ch=='\t': out+='\\t'
        elif o<0x20: out+='\\x%02x'%o
        else: out+=ch
    return out+'"'
lines=["# Rows re-expressed from Go's src/text/template/exec_test.go (execTests) plus TestExecError.",
"# Columns: name, input (Go-quoted), output or error message (Go-quoted), data (nil | tVal | literal), ok",
"# ok: true | false (an error is expected) | error (output column holds the exact message) | skip:<reason>",
"# tVal is the Java fixture ExecFixtures.tVal(); functions are those of Go's testExecute."]
for name,inp,out,data,ok in R:
    lines.append("\t".join([name,goquote(inp),goquote(out),data,ok]))
open(os.path.join(TABLES, 'exec.tsv'),'w').write("\n".join(lines)+"\n")
print(len(R))
