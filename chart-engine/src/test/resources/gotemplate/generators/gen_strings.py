import sys, subprocess, os, tempfile, shutil, json
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
strs = ["", "abc", "a\"b", "a\\b", "tab\there", "nl\nx", "\x00\x01\x1f\x7f", "é", "日本語", "😀", "a\u0301", "\u200b", "\u00a0", "\u2028", "\ufeff", "\ufffd", "\u00ad", "\u0600", "\U0001F1FA\U0001F1F8", "\u2603 snow", "`back`", "'single'", "<script>&amp;</script>", "a=b&c d+e/f?g#h", "ü~*'()!", "\u0085", "\u3000", "x\u0007y", "Ω≈ç√∫", "\U00010000", "\U0001D6C2", "\u0378", "\u2069"]
def yq(s):
    o='"'
    for ch in s:
        c=ord(ch)
        if ch=='"': o+='\\"'
        elif ch=='\\': o+='\\\\'
        elif c<0x20 or c==0x7f or (0x80<=c<0xa0) or c in (0x2028,0x2029,0xfeff,0xfffe,0xffff) or 0xd800<=c<0xe000:
            o+='\\u%04x'%c if c<0x10000 else '\\U%08x'%c
        else: o+=ch
    return o+'"'
d=tempfile.mkdtemp(prefix='/tmp/gts.')
os.makedirs(d+'/templates')
open(d+'/Chart.yaml','w').write('apiVersion: v2\nname: c\nversion: 0.1.0\n')
with open(d+'/values.yaml','w') as f:
    f.write('s:\n')
    for s in strs:
        f.write('  - %s\n' % yq(s))
fmt = "%q|%+q|%#q|%x|% X|%s|%6.2s|%-6s|%v|%.1q|%U"
open(d+'/templates/a.yaml','w').write('{{ range .Values.s }}{{ printf "%s" . | printf "%q" }}\t{{ printf "' + fmt.replace('%U','%d') + '" . . . . . . . . . . (len .) | printf "%q" }}\t{{ js . | printf "%q" }}\t{{ html . | printf "%q" }}\t{{ urlquery . | printf "%q" }}\n{{ end }}')
p=subprocess.run([HELM,'template','x',d,'--debug'],capture_output=True,text=True)
shutil.rmtree(d)
print(p.stderr[-800:]); body=p.stdout.split('# Source: c/templates/a.yaml\n',1)[1]
lines=body.split('\n')[:len(strs)]
out=["# Strings through the reference helm. Columns: Go-quoted input, then the outputs of",
"# printf \"" + fmt.replace('%U','%d') + "\" (last arg: len), js, html, urlquery (each Go-quoted with %q by the template)"]
def goq(s):
    return json.dumps(s, ensure_ascii=False)
for l in lines:
    parts=l.split('\t')
    out.append("\t".join(parts))
open(os.path.join(TABLES, 'helm-strings.tsv'),'w').write("\n".join(out)+"\n")
print(len(lines)); print("\n".join(out[2:6]))
