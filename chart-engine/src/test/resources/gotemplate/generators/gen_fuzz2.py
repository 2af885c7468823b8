# Token soup for the lexer/parser (seed 777): mostly parse errors, recorded with the reference helm.
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
import gen_helm_lib as H
random.seed(777)
frag = ['{{','}}','{{- ',' -}}',' ','  ','\n','(',')','|','$x',' := ',' = ','"a"','`b`',"'c'",'1','-1','.5','.Values.str','.Values.list',
        'if ','else','end','range ','with ','define "d"','template "d"','block "b" .','/*','*/','nil','break','continue',',','$','.','print ',
        'len ','eq 1 ','$y','x','{{ end }}','{{ else }}','{{ if 1 }}','{{ range .Values.list }}','"\\n"','0x','1e','#','%','{{/* c */}}']
T=[]
for i in range(200):
    n=random.randint(2,9)
    T.append('{{ $x := 1 }}'+''.join(random.choice(frag) for _ in range(n)))
H.generate(T, os.path.join(TABLES, 'helm-fuzz-syntax.tsv'),
  ["# Token soup for the lexer and parser (seed 777, generators/gen_fuzz2.py), recorded with the reference helm",
   "# exactly like helm-exec.tsv (same values, same columns)."])
