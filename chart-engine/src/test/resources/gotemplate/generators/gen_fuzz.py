# Random small templates from a token grammar, recorded with the reference helm (same format as helm-exec.tsv).
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
import gen_helm_lib as H
random.seed(4242)
atoms = ['.Values.str','.Values.num','.Values.list','.Values.map','.Values.map.z','.Values.nope','.Values.nul','.Values.t','.Values.zero',
         '$.Values.map.b','$x','"s"','`r`','1','-2','1.5','0x1F','\'c\'','true','false','nil','.Values.map.a','(list 1 "a")','(dict "k" 1)',
         '.Values.strs','.Values.emptylist','.Values.empty','$.Values.int']
funcs = ['print','printf "%v"','println','len','index','not','and','or','eq','ne','lt','le','gt','ge','html','js','urlquery','upper','lower','list','printf "%d"','printf "%s|%q"']
def expr(d=0):
    r=random.random()
    if d>2 or r<0.45: return random.choice(atoms)
    if r<0.8: return random.choice(funcs)+' '+' '.join(expr(d+1) for _ in range(random.randint(0,2)))
    if r<0.9: return '('+expr(d+1)+')'
    return expr(d+1)+' | '+random.choice(funcs)
def action():
    r=random.random()
    l=random.choice(['{{ ','{{- ','{{'])
    rr=random.choice([' }}',' -}}','}}'])
    if r<0.5: return l+expr()+rr
    if r<0.6: return l+'$x := '+expr()+rr
    if r<0.7: return l+'if '+expr()+rr+random.choice(['a','{{ $x }}','{{ $.Values.str }}'])+'{{ else }}b{{ end }}'
    if r<0.8: return l+'range $i, $v := '+expr()+rr+'[{{ $i }}={{ $v }}]{{ end }}'
    if r<0.9: return l+'with '+expr()+rr+'<{{ . }}>{{ end }}'
    return l+'/* c */'+rr
T=[]
for i in range(300):
    parts=['{{ $x := 1 }}']
    for _ in range(random.randint(1,3)):
        parts.append(random.choice(['',' ','\n','t ',' u\n']))
        parts.append(action())
    T.append(''.join(parts))
H.generate(T, os.path.join(TABLES, 'helm-fuzz.tsv'),
  ["# Random templates from a small token grammar (seed 4242, generators/gen_fuzz.py), recorded with the",
   "# reference helm exactly like helm-exec.tsv (same values, same columns)."])
