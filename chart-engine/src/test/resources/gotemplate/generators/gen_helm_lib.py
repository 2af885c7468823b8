import subprocess, sys, re, os, tempfile, shutil
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
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
def run(tpl):
    d=tempfile.mkdtemp(prefix='/tmp/gth.')
    os.makedirs(d+'/templates')
    open(d+'/Chart.yaml','w').write('apiVersion: v2\nname: c\nversion: 0.1.0\n')
    shutil.copy(os.path.join(TABLES, 'helm-values.yaml'), d+'/values.yaml')
    open(d+'/templates/a.yaml','w').write(tpl)
    p=subprocess.run([HELM,'template','x',d,'--debug'],capture_output=True,text=True)
    shutil.rmtree(d)
    return p.stdout, p.stderr, p.returncode
def generate(T, path, header):
    lines=list(header)+['# Columns: template (Go-quoted) <TAB> ok|error|parse <TAB> output or Go error message (Go-quoted)']
    for tpl in T:
        out,err,rc=run(tpl)
        if rc==0:
            m=out.split('# Source: c/templates/a.yaml\n',1)
            body=m[1] if len(m)>1 else ''
            if body.endswith('\n'): body=body[:-1]
            lines.append("\t".join([goquote(tpl),'ok',goquote(body)]))
            continue
        e='\n'.join(l for l in err.split('\n') if not l.startswith('level=')).lstrip('\n')
        if 'YAML parse error' in e:
            m=out.split('# Source: c/templates/a.yaml\n',1)
            body=m[1] if len(m)>1 else ''
            if body.endswith('\n'): body=body[:-1]
            lines.append("\t".join([goquote(tpl),'ok',goquote(body)]))
            continue
        e=e.replace('\nUse --debug flag to render out invalid YAML','')
        m=re.match(r'Error: (template: .*)', e, re.S)
        if m:
            msg=m.group(1).rstrip('\n')
        else:
            m=re.match(r'Error: (\S+:\d+:\d+)\n  executing (".*?") at <(.*)>:\n    (.*)', e, re.S)
            if m:
                msg='template: %s: executing %s at <%s>: %s'%(m.group(1),m.group(2),m.group(3),m.group(4).rstrip('\n'))
            else:
                m=re.match(r'Error: (parse error at .*)', e, re.S)
                if m:
                    msg=m.group(1).rstrip('\n'); 
                    lines.append("\t".join([goquote(tpl),'parse',goquote(msg)]))
                    continue
                print("UNPARSED", repr(tpl), repr(e), file=sys.stderr); continue
        lines.append("\t".join([goquote(tpl),'error',goquote(msg)]))
    open(path,'w').write("\n".join(lines)+"\n")
