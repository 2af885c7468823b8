import sys, random, struct, subprocess, os, tempfile, shutil, math
HERE = os.path.dirname(os.path.abspath(__file__))  # generators/
TABLES = os.path.dirname(HERE)                       # the gotemplate tables
HELM = os.environ.get('HELM_BIN') or os.path.expanduser('~/.cache/reference-helm/helm')
sys.path.insert(0, HERE)
random.seed(12345)
vals=[]
# random bit patterns (finite), random decimal-ish values, edge cases
while len(vals)<250:
    b=random.getrandbits(64)
    f=struct.unpack('<d',struct.pack('<Q',b))[0]
    if math.isfinite(f): vals.append(f)
for i in range(150):
    e=random.randint(-12,22); m=random.randint(1,999999)
    vals.append(float(f"{m}e{e}") * random.choice([1,-1]))
for i in range(100):
    vals.append(round(random.uniform(-1000,1000), random.randint(0,6)))
vals += [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1e21, 1e22, 1e23, 123456789012345678.0, 9007199254740993.0, 0.5, 1.5, 2.5, 0.125, 0.05, 1e-5, 1e-4, 999999.9, 1000000.0, 123456.5]
d=tempfile.mkdtemp(prefix='/tmp/gtf.')
os.makedirs(d+'/templates')
open(d+'/Chart.yaml','w').write('apiVersion: v2\nname: c\nversion: 0.1.0\n')
with open(d+'/values.yaml','w') as f:
    f.write('f:\n')
    for v in vals:
        f.write('  - %s\n' % repr(v).replace('inf','.inf'))
open(d+'/templates/a.yaml','w').write('{{ range .Values.f }}{{ . }}|{{ printf "%e|%.3f|%g|%.10g|%.0f|%.17g|%x|%8.2E|%+.1f|%.0e" . . . . . . . . . . }}\n{{ end }}')
p=subprocess.run([HELM,'template','x',d,'--debug'],capture_output=True,text=True)
shutil.rmtree(d)
body=p.stdout.split('# Source: c/templates/a.yaml\n',1)[1]
lines=body.split('\n')
out=["# Floats through the reference helm: value (Python repr, parses to the same float64) <TAB> output of",
"# {{ . }}|{{ printf \"%e|%.3f|%g|%.10g|%.0f|%.17g|%x|%8.2E|%+.1f|%.0e\" . . . . . . . . . . }}"]
for v,l in zip(vals,lines):
    out.append(repr(v)+"\t"+l)
open(os.path.join(TABLES, 'helm-floats.tsv'),'w').write("\n".join(out)+"\n")
print(len(vals), lines[:3], p.stderr[-300:])
