#!/usr/bin/env python3
"""Differential cases: small charts exercising what real charts do, run through the reference
helm (the oracle) and, to sort them, through Capstan.

usage: gen.py [--helm HELM] [--capstan CMD]
  writes cases.yaml          every case with the REFERENCE result (exit, stdout, stderr)
         known-failures.yaml the cases where Capstan differs, each with the first difference
  (cases.yaml minus known-failures.yaml is what DifferentialTest asserts)

A case is {name, files: {path: text} (the chart is the folder c/, other files sit beside it),
args: [...] with CHART and HERE placeholders}. Outputs have the case folder written as HERE.
The cases are generated from tables below; nothing is invented: expectations come only from helm.
"""
import argparse, os, shutil, subprocess, sys, tempfile, yaml

CHART = "apiVersion: v2\nname: c\nversion: 0.1.0\n"


def chart_yaml(name="c", extra=""):
    return f"apiVersion: v2\nname: {name}\nversion: 0.1.0\n{extra}"


CASES = []


def case(name, files, args=None, set_args=None):
    """args: extra arguments after `template rel CHART`; set_args: full argv (CHART/HERE placeholders)."""
    f = {"c/Chart.yaml": CHART}
    f.update(files)
    f = {k: v for k, v in f.items() if v is not None}
    argv = set_args if set_args is not None else ["template", "rel", "CHART"] + (args or [])
    CASES.append({"name": name, "files": f, "args": argv})


def tpl(name, text, values=None, args=None, extra=None):
    """One template (templates/t.yaml) with optional values.yaml and extra files."""
    files = {"c/templates/t.yaml": text}
    if values is not None:
        files["c/values.yaml"] = values
    files.update(extra or {})
    case(name, files, args)


# ---------------------------------------------------------------- expressions, one per case
# (name, template text, values.yaml). Each prints into a small YAML document.
VALS = """
name: app
replicas: 3
big: 1000000
float: 1.5
neg: -2
str: "hello world"
empty: ""
zero: 0
no: false
nul: null
list: [a, b, c]
nums: [3, 1, 2]
map:
  b: 2
  a: 1
  nested:
    x: [1, 2]
    y: {z: "q"}
labels:
  app.kubernetes.io/name: web
  tier: front
resources:
  limits: {cpu: 100m, memory: 128Mi}
  requests: {cpu: 50m}
env:
  - name: A
    value: "1"
  - name: B
    value: two
image: {repository: nginx, tag: ""}
version: "1.2.3"
port: 8080
ratio: 0.25
annotations: {}
multi: |
  line1
  line2
"""

EXPRS = [
    ("toYaml-nindent-map", "labels:{{ toYaml .Values.labels | nindent 2 }}"),
    ("toYaml-nindent-nested", "res:{{ toYaml .Values.resources | nindent 2 }}"),
    ("toYaml-list-of-maps", "env:{{ toYaml .Values.env | nindent 2 }}"),
    ("toYaml-indent", "res:\n{{ toYaml .Values.map | indent 2 }}"),
    ("toYaml-empty-map", "a: {{ toYaml .Values.annotations }}"),
    ("toYaml-missing", "a: {{ toYaml .Values.nope }}"),
    ("toYaml-multiline-string", "a:\n  {{- toYaml .Values.multi | nindent 2 }}"),
    ("toYaml-numbers", "a:{{ toYaml (dict \"big\" .Values.big \"f\" .Values.float \"r\" .Values.ratio) | nindent 2 }}"),
    ("toJson-values-map", "a: {{ toJson .Values.map | quote }}"),
    ("toJson-list", "a: {{ toJson .Values.list | squote }}"),
    ("toPrettyJson", "a: |\n{{ toPrettyJson .Values.resources | indent 2 }}"),
    ("toRawJson", "a: {{ toRawJson (dict \"h\" \"<a>&\") | squote }}"),
    ("range-list", "items:\n{{- range .Values.list }}\n  - {{ . }}\n{{- end }}"),
    ("range-index", "items:\n{{- range $i, $v := .Values.list }}\n  - {{ $i }}-{{ $v }}\n{{- end }}"),
    ("range-map-sorted", "items:\n{{- range $k, $v := .Values.labels }}\n  {{ $k }}: {{ $v }}\n{{- end }}"),
    ("range-else", "items:{{ range .Values.nope }} {{ . }}{{ else }} none{{ end }}"),
    ("range-int", "items:{{ range 3 }} {{ . }}{{ end }}"),
    ("range-until", "items:{{ range until 4 }} {{ . }}{{ end }}"),
    ("range-break", "items:{{ range .Values.list }}{{ if eq . \"b\" }}{{ break }}{{ end }} {{ . }}{{ end }}"),
    ("range-continue", "items:{{ range .Values.list }}{{ if eq . \"b\" }}{{ continue }}{{ end }} {{ . }}{{ end }}"),
    ("with-else", "a: {{ with .Values.empty }}set{{ else }}unset{{ end }}"),
    ("with-value", "a: {{ with .Values.image }}{{ .repository }}{{ end }}"),
    ("with-else-with", "a: {{ with .Values.nope }}x{{ else with .Values.name }}{{ . }}{{ end }}"),
    ("if-else-if", "a: {{ if .Values.no }}no{{ else if .Values.zero }}zero{{ else }}neither{{ end }}"),
    ("if-and-or", "a: {{ if and .Values.name (or .Values.no .Values.replicas) }}yes{{ end }}"),
    ("default-empty", "a: {{ default \"dflt\" .Values.empty }}"),
    ("default-zero", "a: {{ default 5 .Values.zero }}"),
    ("default-false", "a: {{ default true .Values.no }}"),
    ("default-missing", "a: {{ .Values.nope | default \"d\" }}"),
    ("default-tag-appversion", "a: {{ .Values.image.tag | default .Chart.AppVersion | default \"latest\" }}"),
    ("ternary", "a: {{ ternary \"yes\" \"no\" (gt (int .Values.replicas) 2) }}"),
    ("coalesce", "a: {{ coalesce .Values.empty .Values.nope .Values.name }}"),
    ("required-ok", "a: {{ required \"need name\" .Values.name }}"),
    ("required-zero", "a: {{ required \"need zero\" .Values.zero }}"),
    ("dict-get", "a: {{ get (dict \"k\" \"v\") \"k\" }}"),
    ("dict-toYaml", "a:{{ dict \"z\" 1 \"a\" (list 1 2) \"m\" (dict \"q\" nil) | toYaml | nindent 2 }}"),
    ("merge", "a:{{ merge (dict \"a\" 1) (dict \"a\" 2 \"b\" 3) | toYaml | nindent 2 }}"),
    ("mergeOverwrite", "a:{{ mergeOverwrite (dict \"a\" 1 \"n\" (dict \"x\" 1)) (dict \"a\" 2 \"n\" (dict \"y\" 2)) | toYaml | nindent 2 }}"),
    ("merge-values", "a:{{ merge (dict \"extra\" 1) .Values.resources | toYaml | nindent 2 }}"),
    ("set-unset", "{{- $d := dict \"a\" 1 }}{{- $_ := set $d \"b\" 2 }}{{- $_ := unset $d \"a\" }}a: {{ toJson $d | squote }}"),
    ("set-values-visible", "{{- $_ := set .Values \"added\" \"yes\" }}a: {{ .Values.added }}"),
    ("hasKey-nul", "a: {{ hasKey .Values \"nul\" }} {{ hasKey .Values \"nope\" }}"),
    ("keys-sorted", "a: {{ keys .Values.labels | sortAlpha | join \",\" }}"),
    ("pluck-dig", "a: {{ dig \"nested\" \"y\" \"z\" \"none\" .Values.map }} {{ pluck \"a\" .Values.map | first }}"),
    ("printf-d-int", "a: {{ printf \"%d\" .Values.port }}"),
    ("printf-v-big", "a: {{ printf \"%v\" .Values.big }}"),
    ("printf-s-float", "a: {{ printf \"%s\" .Values.float }}"),
    ("printf-f", "a: {{ printf \"%.2f\" .Values.ratio }}"),
    ("printf-q", "a: {{ printf \"%q\" .Values.str }}"),
    ("printf-x", "a: {{ printf \"%x-%X-%o\" 255 255 8 }}"),
    ("printf-05d", "a: {{ printf \"%05d|%-4d|%+d\" 42 7 3 }}"),
    ("printf-t", "a: {{ printf \"%t %v\" true .Values.nul }}"),
    ("printf-T", "a: {{ printf \"%T %T %T %T\" .Values.big .Values.name .Values.list .Values.map }}"),
    ("print-big", "a: {{ .Values.big }} {{ .Values.float }} {{ .Values.neg }}"),
    ("print-map", "a: {{ .Values.map }}"),
    ("print-list", "a: {{ .Values.list }}"),
    ("int-conversions", "a: {{ int .Values.big }} {{ int64 .Values.float }} {{ float64 .Values.port }}"),
    ("math", "a: {{ add 1 2 3 }} {{ sub 10 3 }} {{ mul 2 .Values.replicas }} {{ div 7 2 }} {{ mod 7 3 }}"),
    ("math-float", "a: {{ addf 1.5 2 }} {{ mulf .Values.ratio 4 }} {{ divf 1 3 }}"),
    ("max-min", "a: {{ max 1 5 3 }} {{ min 4 2 8 }} {{ maxf 1.5 2.5 }}"),
    ("round-ceil", "a: {{ round 2.567 2 }} {{ ceil 1.2 }} {{ floor 1.8 }}"),
    ("quote-list", "a: {{ quote .Values.name .Values.port }}"),
    ("quote-missing", "a: [{{ .Values.nope | quote }}]"),
    ("squote", "a: {{ squote .Values.str }}"),
    ("upper-lower-title", "a: {{ upper .Values.name }} {{ lower \"ABC\" }} {{ title .Values.str }}"),
    ("trunc-trimSuffix", "a: {{ printf \"%s-%s\" .Release.Name \"averyveryveryveryveryveryveryveryveryveryveryveryverylongname\" | trunc 63 | trimSuffix \"-\" }}"),
    ("replace-contains", "a: {{ replace \" \" \"-\" .Values.str }} {{ contains \"wor\" .Values.str }}"),
    ("split-join", "a: {{ splitList \",\" \"a,b,c\" | join \"|\" }} {{ (split \".\" .Values.version)._1 }}"),
    ("regex", "a: {{ regexReplaceAll \"[0-9]+\" \"v1.22.3\" \"N\" }} {{ regexMatch \"^a\" .Values.name }} {{ regexFind \"[a-z]+\" \"123abc456\" }}"),
    ("b64", "a: {{ b64enc .Values.str }} {{ b64dec \"aGk=\" }}"),
    ("sha256", "a: {{ sha256sum .Values.str }}"),
    ("semver-compare", "a: {{ semverCompare \">=1.2.0\" .Values.version }} {{ semverCompare \"<1.0\" .Values.version }}"),
    ("semver-kube", "a: {{ semverCompare \">=1.21-0\" .Capabilities.KubeVersion.GitVersion }}"),
    ("semver-kube-version", "a: {{ semverCompare \"^1.30\" .Capabilities.KubeVersion.Version }}"),
    ("semver-fields", "a: {{ (semver .Values.version).Minor }} {{ (semver \"2.0.0-rc.1+b\").Prerelease }}"),
    ("list-funcs", "a: {{ list 1 2 3 | last }} {{ first .Values.list }} {{ rest .Values.list }} {{ initial .Values.list }} {{ reverse .Values.list }}"),
    ("list-append-uniq", "a: {{ append .Values.list \"d\" | uniq }} {{ without .Values.list \"b\" }} {{ has \"c\" .Values.list }}"),
    ("sortAlpha-nums", "a: {{ sortAlpha .Values.nums }}"),
    ("compact-concat", "a: {{ compact (list \"\" \"a\" nil \"b\") }} {{ concat .Values.list (list \"z\") }}"),
    ("slice-index", "a: {{ slice .Values.list 1 }} {{ index .Values.list 2 }} {{ index .Values.map \"nested\" \"y\" \"z\" }}"),
    ("len", "a: {{ len .Values.list }} {{ len .Values.map }} {{ len .Values.str }}"),
    ("eq-ne-types", "a: {{ eq .Values.port 8080 }} {{ eq .Values.name \"app\" }} {{ ne .Values.zero 1 }}"),
    ("lt-gt-mixed", "a: {{ lt 1 2 }} {{ gt .Values.float 1.0 }}"),
    ("empty-checks", "a: {{ empty .Values.empty }} {{ empty .Values.annotations }} {{ empty .Values.zero }} {{ empty .Values.list }}"),
    ("kindOf-typeOf", "a: {{ kindOf .Values.big }} {{ typeOf .Values.list }} {{ kindOf .Values.map }} {{ typeOf .Values.port }}"),
    ("toString-atoi", "a: {{ toString .Values.big }} {{ atoi \"42\" }} {{ toString .Values.nul }}"),
    ("variables-scope", "{{- $n := .Values.name }}{{- range .Values.list }}{{ $n }}-{{ . }} {{ end }}"),
    ("dollar-root", "a:{{ range .Values.list }} {{ $.Release.Name }}{{ end }}"),
    ("whitespace-trim", "a: [  {{- \"x\" -}}  ]"),
    ("comment", "a: {{/* a comment */}}b"),
    ("missing-nested-value", "a: {{ .Values.image.missing }}"),
    ("nul-value", "a: [{{ .Values.nul }}]"),
    ("nindent-list-env", "env:\n{{- range .Values.env }}\n  - name: {{ .name }}\n    value: {{ .value | quote }}\n{{- end }}"),
    ("tpl-string", "a: {{ tpl \"{{ .Values.name }}-x\" . }}"),
    ("tpl-values-template", "a: {{ tpl .Values.t . }}", "t: \"{{ .Release.Name }}-{{ .Values.name }}\"\nname: n\n"),
    ("include-define", "{{- define \"my.name\" -}}{{ .Values.name }}-{{ .Release.Name }}{{- end -}}a: {{ include \"my.name\" . }}"),
    ("include-nindent", "{{- define \"lbl\" -}}\napp: {{ .Values.name }}\ntier: x\n{{- end -}}\nlabels:\n  {{- include \"lbl\" . | nindent 2 }}"),
    ("template-action", "{{- define \"t1\" }}v: {{ . }}{{ end }}{{ template \"t1\" \"q\" }}"),
    ("block", "{{ block \"blk\" . }}a: default-block{{ end }}"),
    ("lookup-empty", "a: {{ lookup \"v1\" \"Secret\" \"default\" \"s\" | toJson | squote }}"),
    ("fromYaml", "{{- $m := fromYaml \"a: 1\\nb: [x]\" }}a: {{ $m.b }} {{ $m.a }}"),
    ("fromYaml-error", "{{- $m := fromYaml \"a: [\" }}a: {{ $m.Error | quote }}"),
    ("fromJson", "{{- $m := fromJson \"{\\\"a\\\": 1.5}\" }}a: {{ $m.a }}"),
    ("fromYamlArray", "a: {{ fromYamlArray \"- 1\\n- two\" }}"),
    ("toToml", "a: |\n{{ toToml .Values.resources | indent 2 }}"),
    ("deepCopy", "{{- $c := deepCopy .Values.map }}{{- $_ := set $c \"b\" 9 }}a: {{ .Values.map.b }} {{ $c.b }}"),
    ("urlParse", "a: {{ (urlParse \"https://u:p@h.io:8/p?q=1#f\").host }}"),
    ("indent-empty-lines", "a: |\n{{ \"x\\n\\ny\" | indent 2 }}"),
    ("cat-nospace", "a: {{ cat \"a\" nil \"b\" 3 }} {{ nospace \"a b c\" }}"),
    ("abbrev-wrap", "a: {{ abbrev 5 \"hello world\" }} {{ wrapWith 5 \"\\n  \" \"aaa bbb ccc\" }}"),
    ("snake-camel-kebab", "a: {{ snakecase \"FooBar\" }} {{ camelcase \"foo_bar\" }} {{ kebabcase \"FooBar\" }}"),
    ("plural-repeat", "a: {{ plural \"one\" \"many\" 2 }} {{ repeat 3 \"ab\" }}"),
    ("seq", "a: {{ seq 1 3 }} {{ seq 5 -2 1 }}"),
    ("chunk", "a: {{ chunk 2 (list 1 2 3 4 5) }}"),
    ("typeIs", "a: {{ typeIs \"float64\" .Values.port }} {{ typeIsLike \"[]interface {}\" .Values.list }}"),
    ("ternary-nil", "a: {{ ternary \"t\" \"f\" (empty .Values.nope) }}"),
    ("not-eq", "a: {{ not (eq .Values.name \"x\") }}"),
    ("index-missing-map", "a: [{{ index .Values.map \"nope\" }}]"),
    ("dict-nested-access", "{{- $d := dict \"a\" (dict \"b\" \"c\") }}a: {{ $d.a.b }}"),
    ("get-missing", "a: [{{ get .Values.map \"nope\" }}]"),
    ("toYaml-special-strings", "a:{{ toYaml (list \"yes\" \"on\" \"1.0\" \"0777\" \"a: b\" \"\" \"~\" \"- x\") | nindent 2 }}"),
    ("toYaml-long-string", "a:{{ toYaml (dict \"k\" (repeat 30 \"abc \")) | nindent 2 }}"),
    ("toYamlPretty", "a:{{ toYamlPretty .Values.resources | nindent 2 }}"),
    ("Capabilities-APIVersions", "a: {{ .Capabilities.APIVersions.Has \"apps/v1\" }} {{ .Capabilities.APIVersions.Has \"nope/v9\" }}"),
    ("Capabilities-KubeVersion", "a: {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Major }} {{ .Capabilities.KubeVersion.Minor }}"),
    ("Capabilities-HelmVersion-keys", "a: {{ .Capabilities.HelmVersion.Version | trunc 2 }}"),
    ("Release-json", "a: {{ toJson .Release | squote }}"),
    ("Release-fields", "a: {{ .Release.Name }} {{ .Release.Namespace }} {{ .Release.IsInstall }} {{ .Release.IsUpgrade }} {{ .Release.Revision }} {{ .Release.Service }}"),
    ("Chart-fields", "a: {{ .Chart.Name }} {{ .Chart.Version }} {{ .Chart.APIVersion }} [{{ .Chart.AppVersion }}] {{ .Chart.IsRoot }}"),
    ("Chart-json", "a: {{ toJson .Chart | squote }}"),
    ("Template-fields", "a: {{ .Template.Name }} {{ .Template.BasePath }}"),
    ("Values-json", "a: {{ toJson .Values | squote }}"),
]
# these print text that is not YAML as written; a second case carries them in a comment
COMMENTED = {"printf-d-int", "printf-s-float", "quote-list", "list-append-uniq", "compact-concat",
             "variables-scope", "fromYaml", "chunk", "print-map", "print-list", "math", "list-funcs",
             "seq", "kindOf-typeOf", "printf-T", "toString-atoi", "empty-checks", "regex", "semver-fields",
             "keys-sorted", "slice-index", "cat-nospace", "fromYamlArray", "split-join", "upper-lower-title"}
for item in EXPRS:
    name, text = item[0], item[1]
    values = item[2] if len(item) > 2 else VALS
    tpl("expr-" + name, text + "\n", values)
    if name in COMMENTED:
        tpl("expr-" + name + "-comment", "# " + text.replace("a: ", "", 1) + "\n", values)

# ---------------------------------------------------------------- more expressions, printed in comments
EXPRS2 = [
    ("printf-verbs", 'printf "%5.1f|%e|%g|%08.3f|%x|%c|%U|%%|%6s|%-6s|" 3.14159 1234.5 0.000012 3.14159 "hi" 65 0x1F600 "r" "l"'),
    ("printf-v-nested", 'printf "%v" .Values.map'),
    ("printf-plus-v", 'printf "%+v %#v" .Values.list .Values.name'),
    ("printf-missing-arg", 'printf "%s %s" "one"'),
    ("printf-extra-arg", 'printf "%s" "one" "two"'),
    ("printf-int64-set", 'printf "%d %v %T" .Values.setint .Values.setint .Values.setint'),
    ("print-println", 'print "a" 1 2 "b" | quote'),
    ("html-js-urlquery", 'html "<a href=\\"x\\">&</a>" | cat (js "it\'s \\"q\\"") (urlquery "a b&c")'),
    ("dates-fixed", 'toDate "2006-01-02" "2024-02-29" | date "Jan 2, 2006 15:04 MST"'),
    ("dateInZone", 'dateInZone "2006-01-02T15:04:05Z07:00" (toDate "2006-01-02" "2020-06-15") "UTC"'),
    ("unixEpoch", 'toDate "2006-01-02" "2020-01-01" | unixEpoch'),
    ("duration", 'cat (duration 3661) (duration "90") (durationRound "2h10m5s")'),
    ("dateModify", 'toDate "2006-01-02" "2020-01-01" | dateModify "48h" | date "2006-01-02"'),
    ("dict-pick-omit", 'cat (pick .Values.map "a" "b" | toJson) (omit .Values.map "nested" | toJson)'),
    ("values-func", 'values (dict "a" 1 "b" 2) | sortAlpha'),
    ("deepEqual", 'cat (deepEqual .Values.list (list "a" "b" "c")) (deepEqual (dict "a" 1) (dict "a" 2))'),
    ("semver-ops", 'cat (semverCompare "~1.2" "1.2.9") (semverCompare "^1" "2.0.0") (semverCompare ">=1.0.0-0" "1.0.0-alpha") (semverCompare "1.x" "1.9.9") (semverCompare ">1.2, <2" "1.5")'),
    ("semver-prerelease", 'cat (semverCompare ">=1.20" "1.25.0-eks-1") (semverCompare ">=1.20-0" "1.25.0-eks-1")'),
    ("semver-bad", 'semverCompare ">=1.0" "notaversion"'),
    ("url-funcs", 'cat (urlJoin (dict "scheme" "https" "host" "h.io" "path" "/p" "query" "a=1")) ((urlParse "http://x/y?z=1").query)'),
    ("regex-more", 'cat (regexSplit ":" "a:b:c" -1) (regexFindAll "[0-9]" "a1b2c3" 2) (regexReplaceAllLiteral "a" "banana" "$1") (regexQuoteMeta "a.b*")'),
    ("hash-funcs", 'cat (sha1sum "x") (adler32sum "x") (b32enc "hi") (b32dec "NBUQ====")'),
    ("derivePassword", 'derivePassword 1 "long" "password" "user" "example.com"'),
    ("string-funcs", 'cat (trim "  a  ") (trimAll "$" "$$5$$") (trimPrefix "-" "-x") (initials "Foo Bar") (substr 1 3 "hello") (swapcase "AbC") (untitle "Foo Bar")'),
    ("wrap", 'wrap 5 "aaa bbb ccc ddd" | replace "\\n" "|"'),
    ("toStrings", 'toStrings (list 1 "a" 2.5 nil true)'),
    ("sortAlpha-mixed", 'sortAlpha (list "b" 1 "a" 2.5)'),
    ("atoi-bad", 'cat (atoi "x") (int "12abc") (float64 "1.5") (toDecimal "0777") (int64 "0x1F")'),
    ("add1f-biggest", 'cat (add1f 1.5) (biggest 3 9 2) (subf 5 1.25) (floor -1.5) (round -2.5 0)'),
    ("int-of-strings", 'cat (int "08") (int " 5") (int "5.9") (int "-3")'),
    ("mod-neg", 'cat (mod -7 3) (div -7 2)'),
    ("typeOf-set", 'cat (typeOf .Values.setint) (kindOf .Values.setint) (typeOf .Values.setstr) (typeOf .Values.setbool)'),
    ("eq-int64-int", 'cat (eq .Values.setint 5) (lt .Values.setint 10) (eq .Values.setstr "5")'),
    ("eq-multi", 'eq .Values.name "x" "y" "app"'),
    ("and-or-values", 'cat (and 1 0 "x") (or "" 0 "y") (and "a" "b") (or nil false)'),
    ("not-empty-values", 'cat (not "") (not .Values.list) (not 0)'),
    ("len-of-nil", 'len .Values.nope'),
    ("index-string", 'index "abc" 1'),
    ("index-negative", 'index .Values.list -1'),
    ("slice-string", 'slice "hello" 1 3'),
    ("first-empty", 'cat (first list) (last list) (rest list)'),
    ("uniq-mixed", 'uniq (list 1 1 "1" 2.0 2)'),
    ("mustHas", 'mustHas 2 (list 1 2)'),
    ("get-non-map", 'get .Values.list "a"'),
    ("set-on-list", 'set .Values.list "a" 1'),
    ("dict-odd-args", 'dict "a" 1 "b" | toJson'),
    ("dict-int-key", 'dict 1 2 | toJson'),
    ("merge-nil-dst", 'merge (dict) .Values.map | toJson'),
    ("concat-nil", 'concat (list 1) .Values.nope (list 2)'),
    ("tuple", 'tuple 1 "a" | toJson'),
    ("list-toJson-nums", 'list 1 1.5 1e6 1e21 -0.0 | toJson'),
    ("toJson-big-values", 'toJson (list .Values.big .Values.float .Values.setint)'),
    ("toYaml-inline", 'toYaml (list (list 1 2) (list) (dict)) | replace "\\n" "|"'),
    ("toYaml-keys-order", 'toYaml (dict "b" 1 "B" 2 "a" 3 "_" 4 "1" 5 "é" 6) | replace "\\n" "|"'),
    ("toYaml-strings-quoting", 'toYaml (list "true" "null" "1e3" "0x1F" "12:30" "-" "a #b" "x: y" "\'q\'" "é" "NaN" ".inf" "2001-12-14") | replace "\\n" "|"'),
    ("toYaml-floats", 'toYaml (list 1e20 1e21 0.00001 123456789.0 3.0 -0.0 1.5e-7) | replace "\\n" "|"'),
    ("toYaml-nil-values", 'toYaml (dict "n" .Values.nul "m" .Values.nope) | replace "\\n" "|"'),
    ("toYaml-multiline-keep", 'toYaml (dict "s" "a\\nb\\n" "t" "a\\nb" "u" "a\\n\\n" "v" " lead\\nx") | replace "\\n" "|"'),
    ("toYaml-long-folding", 'toYaml (dict "k" (repeat 20 "word ")) | replace "\\n" "|"'),
    ("toYamlPretty-nums", 'toYamlPretty (dict "i" 1000000 "f" 1.5 "l" (list 1 2)) | replace "\\n" "|"'),
    ("toToml-nested", 'toToml (dict "a" 1 "s" "x" "t" (dict "b" true "l" (list 1 2))) | replace "\\n" "|"'),
    ("fromJson-array-err", 'fromJsonArray "{" | toJson'),
    ("fromJson-nested", '(fromJson "{\\"a\\":{\\"b\\":[1,2.5,null]}}").a | toJson'),
    ("fromToml", '(fromToml "a = 1\\n[t]\\nb = \\"x\\"").t.b'),
    ("fromYaml-typed", 'fromYaml "i: 1\\nf: 1.5\\nb: yes\\ns: \\"1\\"\\nn: ~\\nd: 2001-01-01" | toJson'),
    ("fromYaml-err-noeol", '(fromYaml "a: [").Error'),
    ("fromYaml-err-eol", '(fromYaml "a: [\\n").Error'),
    ("fromYaml-err-brace", '(fromYaml "a: {").Error'),
    ("fromYaml-err-lines", '(fromYaml "\\n\\na: [").Error'),
    ("fromYaml-err-mapping", '(fromYaml "a: b: c").Error'),
    ("fromYaml-err-quote", '(fromYaml "\'a").Error'),
    ("fromYaml-err-tab", '(fromYaml "a:\\n\tb: c").Error'),
    ("fromYaml-list-to-map", '(fromYaml "- a").Error'),
    ("fromYamlArray-map", 'fromYamlArray "a: 1"'),
    ("fromYaml-dup-keys", 'fromYaml "a: 1\\na: 2" | toJson'),
    ("fromYaml-anchors", 'fromYaml "x: &a {k: v}\\ny: *a" | toJson'),
    ("fromYaml-merge-key", 'fromYaml "b: &b {k: v}\\nc:\\n  <<: *b\\n  j: w" | toJson'),
    ("ternary-types", 'cat (ternary 1 2 true) (ternary "a" "b" false)'),
    ("default-list", 'default (list "x") .Values.nope | toJson'),
    ("default-dict-empty", 'default (dict "d" 1) .Values.annotations | toJson'),
    ("coalesce-all-empty", 'coalesce "" 0 nil false | toJson'),
    ("all-any", 'cat (all 1 "a" true) (all 1 "") (any 0 "" "x") (any)'),
    ("compact-empty-dict", 'compact (list (dict) (list) 0 "" nil "a") | toJson'),
    ("nested-include-ctx", 'include "ctx" (dict "root" $ "x" 1)'),
    ("include-returns-string-numbers", 'include "num" . | int | add 1'),
    ("tpl-with-define", 'tpl "{{ define \\"inner\\" }}I{{ end }}{{ include \\"inner\\" . }}" .'),
    ("tpl-dict-ctx", 'tpl "{{ .x }}-{{ .Template.Name }}" (dict "x" 1 "Template" $.Template)'),
    ("tpl-missing-template-ctx", 'tpl "{{ .x }}" (dict "x" 1)'),
    ("required-nested-ok", 'required "m" .Values.image.repository'),
    ("lookup-fields", '(lookup "v1" "ConfigMap" "ns" "n").data | toJson'),
    ("Files-in-expr", '.Files.Get "missing.txt" | len'),
    ("Capabilities-toJson", '.Capabilities.KubeVersion | toJson'),
    ("Capabilities-APIVersions-len", 'len .Capabilities.APIVersions'),
    ("HelmVersion-GoVersion", '.Capabilities.HelmVersion.GoVersion | trunc 4'),
    ("KubeVersion-GitVersion", '.Capabilities.KubeVersion.GitVersion'),
    ("Chart-Dependencies", '.Chart.Dependencies | toJson'),
    ("Chart-Annotations-print", '.Chart.Annotations'),
    ("Chart-Maintainers-print", '.Chart.Maintainers'),
    ("Release-print", '.Release'),
    ("Values-print-nested", '.Values.resources'),
    ("Subcharts-empty", '.Subcharts | toJson'),
    ("Template-print", '.Template'),
    ("dot-type", 'typeOf .'),
    ("Files-print", 'typeOf .Files'),
]
DEFS = {"c/templates/_defs.tpl": '{{- define "ctx" -}}{{ .root.Release.Name }}-{{ .x }}{{- end -}}{{- define "num" -}} 41 {{- end -}}'}
for name, expr in EXPRS2:
    tpl("expr2-" + name, "# {{ " + expr + " }}\n", VALS, ["--set", "setint=5,setstr=five,setbool=true"], extra=DEFS)
# Chart.yaml variants seen through .Chart
for name, extra in [("annotations-empty", "annotations: {}\n"), ("annotations-set", "annotations:\n  b: \"2\"\n  a: x\n"),
                    ("maintainers", "maintainers:\n- name: m\n- name: n\n  email: e@x\n  url: https://u\n"),
                    ("deprecated-appversion", "deprecated: true\nappVersion: \"1.0\"\ntype: application\n"),
                    ("keywords-sources", "keywords: [a, b]\nsources: []\nhome: h\nicon: https://i/x.png\n"),
                    ("kubeversion", "kubeVersion: \">= 1.19.0-0\"\ndescription: \"multi\\nline\"\n")]:
    tpl("chartmeta-" + name, "# {{ toJson .Chart }}\n# {{ .Chart }}\n", None, extra={"c/Chart.yaml": chart_yaml("c", extra)})
tpl("chartmeta-dependencies", "# {{ toJson .Chart.Dependencies }}\n# {{ toJson .Subcharts.sub.Chart }}\n", None,
    extra=dict({"c/Chart.yaml": chart_yaml("c", "dependencies:\n- name: sub\n  version: \"~0.1\"\n  repository: file://x\n  condition: sub.on\n  tags: [t]\n  import-values: [a, {child: b, parent: c}]\n  alias: ''\n")},
               **{"c/charts/sub/Chart.yaml": chart_yaml("sub")}))

# ---------------------------------------------------------------- errors in templates
ERRS = [
    ("required-missing", "a: {{ required \"name is required!\" .Values.nope }}"),
    ("required-empty", "a: {{ required \"empty!\" .Values.empty }}"),
    ("fail", "{{ fail \"stop here\" }}"),
    ("fail-in-define", "{{- define \"f\" }}{{ fail \"from define\" }}{{ end }}a: {{ include \"f\" . }}"),
    ("unknown-function", "a: {{ nosuchfunc 1 }}"),
    ("parse-error-unclosed", "a: {{ .Values.name "),
    ("parse-error-end", "a: {{ end }}"),
    ("nil-pointer", "a: {{ .Values.nope.deeper }}"),
    ("field-on-string", "a: {{ .Values.name.x }}"),
    ("bad-yaml-output", "a: b\n c: d\n"),
    ("bad-yaml-tab", "a:\n\t- x\n"),
    ("wrong-arg-type", "a: {{ upper 1 }}"),
    ("wrong-arg-count", "a: {{ quote }}"),
    ("index-out-of-range", "a: {{ index .Values.list 10 }}"),
    ("include-missing", "a: {{ include \"nope\" . }}"),
    ("tpl-error", "a: {{ tpl \"{{ .Values.nope.x }}\" . }}"),
    ("tpl-parse-error", "a: {{ tpl \"{{ \" . }}"),
    ("div-zero", "a: {{ div 1 0 }}"),
    ("call-non-function", "a: {{ .Values.name 1 }}"),
    ("toYaml-in-required", "a: {{ required \"x\" (index .Values \"nope\") }}"),
    ("range-over-int-string", "a: {{ range .Values.name }}{{ . }}{{ end }}"),
    ("mustToJson-ok", "a: {{ mustToJson .Values.list }}"),
    ("bad-define-nesting", "{{ define \"a\" }}{{ define \"b\" }}{{ end }}{{ end }}"),
    ("undefined-variable", "a: {{ $nope }}"),
    ("duplicate-key-output", "a: 1\na: 2\n"),
]
for name, text in ERRS:
    tpl("err-" + name, text + "\n", VALS)

# ---------------------------------------------------------------- values sources and flags
BASE_T = "out: {{ toJson .Values | squote }}\n"
VALUES = "a: 1\nb:\n  c: x\n  d: [1, 2]\ns: str\n"
SETS = [
    ("set-int", ["--set", "n=5"]),
    ("set-bool", ["--set", "b=true,t=FALSE"]),
    ("set-float-is-string", ["--set", "f=1.5,e=1e6,o=007,h=0x10"]),
    ("set-null-deletes", ["--set", "a=null"]),
    ("set-nested", ["--set", "b.c=y,b.e.f=g"]),
    ("set-list-index", ["--set", "l[0]=x,l[2]=z"]),
    ("set-list-braces", ["--set", "l={a,b,c}"]),
    ("set-escaped-comma", ["--set", "k=a\\,b"]),
    ("set-escaped-dot", ["--set", "k\\.x=v"]),
    ("set-string", ["--set-string", "n=5,b=true"]),
    ("set-json-obj", ["--set-json", "j={\"x\":[1,2],\"y\":null}"]),
    ("set-json-whole", ["--set-json", "{\"a\":2,\"z\":{\"q\":1}}"]),
    ("set-json-number", ["--set-json", "n=10"]),
    ("set-literal", ["--set-literal", "s=a,b=c{d}"]),
    ("set-order", ["--set-string", "a=s", "--set", "a=2", "--set-json", "a=3"]),
    ("set-repeated", ["--set", "a=1", "--set", "a=2"]),
    ("set-big-int", ["--set", "n=9223372036854775808,m=9223372036854775807"]),
    ("set-zero-leading", ["--set", "z=0,y=00,x=-1"]),
    ("set-empty", ["--set", "e="]),
    ("set-list-of-maps", ["--set", "l[0].n=a,l[1].n=b"]),
    ("set-overrides-map-with-scalar", ["--set", "b=scalar"]),
    ("set-bad-syntax", ["--set", "a"]),
    ("set-bad-index", ["--set", "l[x]=1"]),
    ("set-json-bad", ["--set-json", "a={bad"]),
    ("values-file", ["-f", "HERE/v1.yaml"]),
    ("values-files-merge", ["-f", "HERE/v1.yaml", "-f", "HERE/v2.yaml"]),
    ("values-file-then-set", ["--set", "b.c=fromset", "-f", "HERE/v1.yaml"]),
    ("values-file-null-deletes", ["-f", "HERE/vnull.yaml"]),
    ("values-file-multidoc", ["-f", "HERE/vmulti.yaml"]),
    ("values-file-list", ["-f", "HERE/vlist.yaml"]),
    ("values-file-missing", ["-f", "HERE/nope.yaml"]),
    ("values-file-bad-yaml", ["-f", "HERE/vbad.yaml"]),
    ("values-file-numbers", ["-f", "HERE/vnum.yaml"]),
    ("values-file-yes-no-keys", ["-f", "HERE/vbool.yaml"]),
    ("set-file", ["--set-file", "txt=HERE/file.txt"]),
]
VFILES = {
    "v1.yaml": "b:\n  c: fromv1\n  e: 1\nnew: v1\n",
    "v2.yaml": "b:\n  e: 2\nnew: v2\nlist: [1]\n",
    "vnull.yaml": "b:\n  c: null\ns: null\n",
    "vmulti.yaml": "a: 10\n---\nz: 26\n",
    "vlist.yaml": "- a\n- b\n",
    "vbad.yaml": "a: [\n",
    "vnum.yaml": "i: 017\nh: 0x1F\nbig: 9007199254740993\nf: 1e3\nu: 1_000\ns: 1:20\n",
    "vbool.yaml": "yes: 1\non: 2\nno: 3\ny: 4\n",
    "file.txt": "line1\nline2\n",
}
for name, args in SETS:
    case("values-" + name, dict({"c/templates/t.yaml": BASE_T, "c/values.yaml": VALUES}, **VFILES), args)

# ---------------------------------------------------------------- subcharts
def sub(name, values=None, templates=None, chart_extra="", prefix="c/charts/"):
    files = {prefix + name + "/Chart.yaml": chart_yaml(name, chart_extra)}
    if values is not None:
        files[prefix + name + "/values.yaml"] = values
    for k, v in (templates or {}).items():
        files[prefix + name + "/templates/" + k] = v
    return files


def parent(deps, values=None, templates=None, extra=""):
    dy = "dependencies:\n" + "".join(deps) if deps else ""
    files = {"c/Chart.yaml": chart_yaml("c", dy + extra)}
    if values is not None:
        files["c/values.yaml"] = values
    for k, v in (templates or {}).items():
        files["c/templates/" + k] = v
    return files


DUMP = "v: {{ toJson .Values | squote }}\n"

def dep(name, extra=""):
    return f"- name: {name}\n  version: 0.1.0\n{extra}"

SUBS = []
SUBS.append(("sub-values-scope", dict(parent([dep("sub")], "sub:\n  x: fromparent\ntop: 1\n", {"p.yaml": DUMP}),
            **sub("sub", "x: default\ny: subdefault\n", {"s.yaml": DUMP}))))
SUBS.append(("sub-globals", dict(parent([dep("sub")], "global:\n  region: eu\n  nested: {a: 1}\n", {"p.yaml": DUMP}),
            **sub("sub", "global:\n  region: us\n  own: g\n  nested: {b: 2}\n", {"s.yaml": DUMP}))))
SUBS.append(("sub-define-precedence", dict(parent([dep("sub")], None, {"_h.tpl": "{{ define \"n\" }}parent{{ end }}", "p.yaml": "a: {{ include \"n\" . }}\n"}),
            **sub("sub", None, {"_h.tpl": "{{ define \"n\" }}sub{{ end }}", "s.yaml": "a: {{ include \"n\" . }}\n"}))))
SUBS.append(("sub-define-only-in-sub", dict(parent([dep("sub")], None, {"p.yaml": "a: {{ include \"sub.only\" . }}\n"}),
            **sub("sub", "k: subval\n", {"_h.tpl": "{{ define \"sub.only\" }}{{ .Values.k | default \"none\" }}{{ end }}"}))))
SUBS.append(("sub-alias", dict(parent([dep("sub", "  alias: first\n"), dep("sub", "  alias: second\n")], "first:\n  x: 1\nsecond:\n  x: 2\n"),
            **sub("sub", "x: 0\n", {"s.yaml": "{{ .Chart.Name }}: {{ .Values.x }}\n"}))))
SUBS.append(("sub-condition-false", dict(parent([dep("sub", "  condition: sub.enabled\n")], "sub:\n  enabled: false\n", {"p.yaml": DUMP}),
            **sub("sub", "x: 1\n", {"s.yaml": "s: {{ .Values.x }}\n"}))))
SUBS.append(("sub-condition-true-set", dict(parent([dep("sub", "  condition: sub.enabled\n")], "sub:\n  enabled: false\n", {"p.yaml": DUMP}),
            **sub("sub", "x: 1\n", {"s.yaml": "s: {{ .Values.x }}\n"})), ["--set", "sub.enabled=true"]))
SUBS.append(("sub-condition-list-first-bool", dict(parent([dep("sub", "  condition: nope.x,sub.on,other\n")], "sub:\n  on: false\nother: true\n"),
            **sub("sub", "x: 1\n", {"s.yaml": "s: {{ .Values.x }}\n"}))))
SUBS.append(("sub-tags", dict(parent([dep("a", "  tags: [front]\n"), dep("b", "  tags: [back]\n")], "tags:\n  front: false\n"),
            **sub("a", None, {"a.yaml": "a: 1\n"}), **sub("b", None, {"b.yaml": "b: 1\n"}))))
SUBS.append(("sub-tags-set", dict(parent([dep("a", "  tags: [front]\n"), dep("b", "  tags: [back]\n")], "tags:\n  front: false\n"),
            **sub("a", None, {"a.yaml": "a: 1\n"}), **sub("b", None, {"b.yaml": "b: 1\n"})), ["--set", "tags.front=true,tags.back=false"]))
SUBS.append(("sub-import-values-exports", dict(parent([dep("sub", "  import-values: [data]\n")], "mine: 1\n", {"p.yaml": DUMP}),
            **sub("sub", "exports:\n  data:\n    exported: ev\n", None))))
SUBS.append(("sub-import-values-child-parent", dict(parent([dep("sub", "  import-values:\n  - child: deep.x\n    parent: imported\n")], "imported:\n  keep: 1\n", {"p.yaml": DUMP}),
            **sub("sub", "deep:\n  x:\n    a: 1\n", None))))
SUBS.append(("sub-Subcharts", dict(parent([dep("sub")], "sub:\n  v: p\n", {"p.yaml": "a: {{ .Subcharts.sub.Values.v }} {{ .Subcharts.sub.Chart.Name }} {{ .Subcharts.sub.Chart.IsRoot }}\n"}),
            **sub("sub", "v: s\n", None))))
SUBS.append(("sub-template-paths", dict(parent([dep("sub")], None, {"p.yaml": "a: {{ .Template.Name }}\n"}),
            **sub("sub", None, {"s.yaml": "a: {{ .Template.Name }} {{ .Template.BasePath }}\n"}))))
SUBS.append(("sub-nested-two-levels", dict(parent([dep("sub")], "sub:\n  inner:\n    x: top\n", {"p.yaml": DUMP}),
            **sub("sub", "inner:\n  y: mid\n", {"s.yaml": DUMP}, "dependencies:\n- name: inner\n  version: 0.1.0\n"),
            **sub("inner", "x: 0\nz: deep\n", {"i.yaml": DUMP}, prefix="c/charts/sub/charts/"))))
SUBS.append(("sub-library", dict(parent([dep("lib")], None, {"p.yaml": "a: {{ include \"lib.hello\" . }}\n"}),
            **sub("lib", None, {"_h.tpl": "{{ define \"lib.hello\" }}hi {{ .Chart.Name }}{{ end }}", "ignored.yaml": "should: not render\n"}, "type: library\n"))))
SUBS.append(("sub-null-deletes-default", dict(parent([dep("sub")], "sub:\n  rm: null\n", {"p.yaml": DUMP}),
            **sub("sub", "rm: 1\nkeep: 2\n", {"s.yaml": DUMP}))))
SUBS.append(("sub-set-subchart-value", dict(parent([dep("sub")], None, None),
            **sub("sub", "x: 1\n", {"s.yaml": DUMP})), ["--set", "sub.x=2,global.g=1"]))
SUBS.append(("sub-undeclared-dir", dict(parent([], None, {"p.yaml": DUMP}),
            **sub("extra", "e: 1\n", {"e.yaml": DUMP}))))
SUBS.append(("sub-missing-dependency", dict(parent([dep("missing")], None, {"p.yaml": "a: 1\n"}))))
SUBS.append(("sub-notes-not-printed", dict(parent([dep("sub")], None, {"NOTES.txt": "parent notes {{ .Release.Name }}\n", "p.yaml": "a: 1\n"}),
            **sub("sub", None, {"NOTES.txt": "sub notes\n"}))))
SUBS.append(("sub-global-in-include", dict(parent([dep("sub")], "global:\n  image: reg.io\n", {"_h.tpl": "{{ define \"img\" }}{{ .Values.global.image }}/{{ .Chart.Name }}{{ end }}"}),
            **sub("sub", None, {"s.yaml": "image: {{ include \"img\" . }}\n"}))))
SUBS.append(("sub-schema-violation", dict(parent([dep("sub")], "sub:\n  port: notanumber\n"),
            **sub("sub", "port: 80\n", {"s.yaml": "p: {{ .Values.port }}\n"}),
            **{"c/charts/sub/values.schema.json": "{\"type\":\"object\",\"properties\":{\"port\":{\"type\":\"integer\"}}}"})))
for item in SUBS:
    name, files = item[0], item[1]
    args = item[2] if len(item) > 2 else []
    case(name, files, args)

# ---------------------------------------------------------------- .Files
FILES = {
    "c/files/a.txt": "alpha\n",
    "c/files/b.conf": "key=value\n",
    "c/files/sub/c.txt": "gamma\nline2\n",
    "c/config/app.properties": "x=1\ny=2",
    "c/README.md": "# readme\n",
}
FEXPRS = [
    ("get", "a: {{ .Files.Get \"files/a.txt\" | quote }}"),
    ("get-missing", "a: [{{ .Files.Get \"nope\" }}]"),
    ("getbytes", "a: {{ .Files.GetBytes \"files/a.txt\" | toString | quote }}"),
    ("glob-keys", "a:{{ range $k, $v := .Files.Glob \"files/**\" }} {{ $k }}{{ end }}"),
    ("glob-star", "a:{{ range $k, $v := .Files.Glob \"files/*\" }} {{ $k }}{{ end }}"),
    ("glob-asconfig", "data:\n{{ (.Files.Glob \"files/*\").AsConfig | indent 2 }}"),
    ("glob-assecrets", "data:\n{{ (.Files.Glob \"files/*\").AsSecrets | indent 2 }}"),
    ("asconfig-properties", "data:\n{{ (.Files.Glob \"config/*\").AsConfig | indent 2 }}"),
    ("lines", "a:{{ range .Files.Lines \"files/sub/c.txt\" }} [{{ . }}]{{ end }}"),
    ("lines-no-trailing-newline", "a:{{ range .Files.Lines \"config/app.properties\" }} [{{ . }}]{{ end }}"),
    ("readme-visible", "a: {{ .Files.Get \"README.md\" | trim | quote }}"),
    ("chart-yaml-hidden", "a: [{{ .Files.Get \"Chart.yaml\" }}][{{ .Files.Get \"values.yaml\" }}]"),
    ("glob-len", "a: {{ len (.Files.Glob \"**.txt\") }}"),
    ("tpl-file", "a: {{ tpl (.Files.Get \"files/t.tpl\") . }}"),
    ("b64enc-file", "a: {{ .Files.Get \"files/a.txt\" | b64enc }}"),
    ("sha-file", "a: {{ .Files.Get \"files/b.conf\" | sha256sum | trunc 8 }}"),
]
for name, text in FEXPRS:
    tpl("files-" + name, text + "\n", "x: 1\n", extra=dict(FILES, **{"c/files/t.tpl": "{{ .Release.Name }}-{{ .Values.x }}"}))
tpl("files-helmignore", "a:{{ range $k, $v := .Files.Glob \"**\" }} {{ $k }}{{ end }}\n", None,
    extra=dict(FILES, **{"c/.helmignore": "*.md\nconfig/\n"}))

# ---------------------------------------------------------------- manifests, hooks and CLI flags
K8S = {
    "c/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  k: v\n",
    "c/templates/deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n",
    "c/templates/svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n",
    "c/templates/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n1\n",
    "c/templates/hooks.yaml": "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pre\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook-weight: \"5\"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pre-cm\n  annotations:\n    helm.sh/hook: pre-install,pre-upgrade\n    helm.sh/hook-weight: \"-1\"\n",
    "c/templates/tests/test.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: test\n  annotations:\n    helm.sh/hook: test\n",
    "c/templates/NOTES.txt": "Thanks for installing {{ .Release.Name }}\n",
    "c/templates/_helpers.tpl": "{{ define \"x\" }}x{{ end }}",
    "c/templates/empty.yaml": "{{- if false }}\nkind: Never\n{{- end }}\n",
    "c/crds/crd.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\n",
    "c/values.yaml": "replicas: 2\n",
}
FLAGS = [
    ("plain", []),
    ("namespace", ["-n", "other"]),
    ("release-name-generate", ["--release-name"]),
    ("no-hooks", ["--no-hooks"]),
    ("skip-tests", ["--skip-tests"]),
    ("include-crds", ["--include-crds"]),
    ("skip-crds-include", ["--include-crds", "--skip-crds"]),
    ("show-only-one", ["--show-only", "templates/cm.yaml"]),
    ("show-only-two", ["-s", "templates/svc.yaml", "-s", "templates/cm.yaml"]),
    ("show-only-glob", ["-s", "templates/*.yaml"]),
    ("show-only-hook", ["-s", "templates/hooks.yaml"]),
    ("show-only-test", ["-s", "templates/tests/test.yaml"]),
    ("show-only-missing", ["-s", "templates/nope.yaml"]),
    ("show-only-notes", ["-s", "templates/NOTES.txt"]),
    ("is-upgrade", ["--is-upgrade"]),
    ("kube-version", ["--kube-version", "1.25.3"]),
    ("kube-version-v", ["--kube-version", "v1.29.3-gke.1"]),
    ("kube-version-bad", ["--kube-version", "banana"]),
    ("api-versions", ["--api-versions", "example.com/v1", "-a", "apps/v1/Deployment"]),
    ("set-replicas", ["--set", "replicas=5"]),
    ("no-hooks-skip-tests-crds", ["--no-hooks", "--skip-tests", "--include-crds"]),
    ("output-dir", ["--output-dir", "HERE/out"]),
    ("output-dir-crds", ["--output-dir", "HERE/out", "--include-crds"]),
    ("hide-notes", ["--hide-notes"]),
    ("dry-run-client", ["--dry-run=client"]),
]
for name, args in FLAGS:
    if name == "release-name-generate":
        continue
    case("flags-" + name, dict(K8S), args)
caps = "a: {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.APIVersions.Has \"example.com/v1\" }} {{ .Capabilities.APIVersions.Has \"apps/v1/Deployment\" }} {{ .Release.IsUpgrade }} {{ .Release.Namespace }}\n"
for name, args in FLAGS:
    if name in ("kube-version", "kube-version-v", "api-versions", "is-upgrade", "namespace"):
        tpl("caps-" + name, caps, None, args)
tpl("caps-kubeversion-constraint-ok", "a: 1\n", None, ["--kube-version", "1.25.0"],
    extra={"c/Chart.yaml": chart_yaml("c", "kubeVersion: \">=1.20.0\"\n")})
tpl("caps-kubeversion-constraint-fail", "a: 1\n", None, ["--kube-version", "1.18.0"],
    extra={"c/Chart.yaml": chart_yaml("c", "kubeVersion: \">=1.20.0\"\n")})
# hook ordering: weights and kinds
HOOKS = ""
for i, (kind, w, ev) in enumerate([("Job", "10", "post-install"), ("ConfigMap", "-5", "pre-install"),
                                   ("Secret", "0", "pre-install"), ("Pod", "3", "test"),
                                   ("ServiceAccount", "1", "pre-upgrade,post-upgrade"),
                                   ("Job", "x", "pre-delete"), ("Role", "2", "bogus-event"),
                                   ("Deployment", "", "post-install")]):
    HOOKS += f"---\napiVersion: v1\nkind: {kind}\nmetadata:\n  name: h{i}\n  annotations:\n    helm.sh/hook: {ev}\n    helm.sh/hook-weight: \"{w}\"\n"
case("hooks-weights-kinds", {"c/templates/h.yaml": HOOKS, "c/templates/m.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n"})
case("hooks-weights-kinds-no-hooks", {"c/templates/h.yaml": HOOKS}, ["--no-hooks"])
case("hooks-weights-kinds-skip-tests", {"c/templates/h.yaml": HOOKS}, ["--skip-tests"])

# ---------------------------------------------------------------- chart-level errors
case("chart-missing-chart-yaml", {"c/Chart.yaml": None, "c/templates/a.yaml": "a: 1\n"})
case("chart-no-such-dir", {}, set_args=["template", "rel", "HERE/nope"])
case("chart-bad-chart-yaml", {"c/Chart.yaml": "name: [\n", "c/templates/a.yaml": "a: 1\n"})
case("chart-no-version", {"c/Chart.yaml": "apiVersion: v2\nname: c\n", "c/templates/a.yaml": "a: 1\n"})
case("chart-bad-version", {"c/Chart.yaml": "apiVersion: v2\nname: c\nversion: one\n", "c/templates/a.yaml": "a: 1\n"})
case("chart-bad-type", {"c/Chart.yaml": chart_yaml("c", "type: other\n"), "c/templates/a.yaml": "a: 1\n"})
case("chart-library-root", {"c/Chart.yaml": chart_yaml("c", "type: library\n"), "c/templates/a.yaml": "a: 1\n"})
case("chart-v1-apiversion", {"c/Chart.yaml": "apiVersion: v1\nname: c\nversion: 0.1.0\n", "c/templates/a.yaml": "a: {{ .Chart.APIVersion }}\n"})
case("chart-values-is-list", {"c/values.yaml": "- a\n- b\n", "c/templates/a.yaml": "a: 1\n"})
case("chart-values-bad-yaml", {"c/values.yaml": "a: [\n", "c/templates/a.yaml": "a: 1\n"})
case("chart-schema-ok", {"c/values.yaml": "port: 80\n", "c/values.schema.json": "{\"type\":\"object\",\"required\":[\"port\"],\"properties\":{\"port\":{\"type\":\"integer\"}}}", "c/templates/a.yaml": "a: {{ .Values.port }}\n"})
case("chart-schema-violation", {"c/values.yaml": "port: 80\n", "c/values.schema.json": "{\"type\":\"object\",\"properties\":{\"port\":{\"type\":\"integer\",\"maximum\":100}}}", "c/templates/a.yaml": "a: {{ .Values.port }}\n"}, ["--set", "port=200"])
case("chart-schema-required-missing", {"c/values.schema.json": "{\"type\":\"object\",\"required\":[\"name\"]}", "c/templates/a.yaml": "a: 1\n"})
case("chart-schema-skip", {"c/values.schema.json": "{\"type\":\"object\",\"required\":[\"name\"]}", "c/templates/a.yaml": "a: 1\n"}, ["--skip-schema-validation"])
case("chart-name-differs-from-dir", {"c/Chart.yaml": chart_yaml("other"), "c/templates/a.yaml": "a: {{ .Chart.Name }} {{ .Template.Name }}\n"})
case("chart-empty-templates", {"c/templates/a.yaml": "\n"})
case("chart-no-templates", {})
case("chart-appversion-number", {"c/Chart.yaml": chart_yaml("c", "appVersion: 1.10\n"), "c/templates/a.yaml": "a: {{ .Chart.AppVersion | quote }}\n"})
case("chart-annotations-maintainers", {"c/Chart.yaml": chart_yaml("c", "description: d\nkeywords: [k1]\nannotations:\n  x: y\nmaintainers:\n- name: m\n  email: m@x.io\nhome: https://h\nsources: [https://s]\n"),
                                        "c/templates/a.yaml": "a: {{ toJson .Chart | squote }}\n"})
case("cli-too-many-args", {"c/templates/a.yaml": "a: 1\n"}, set_args=["template", "rel", "CHART", "extra"])
case("cli-unknown-flag", {"c/templates/a.yaml": "a: 1\n"}, ["--bogus"])
case("cli-chart-only", {"c/templates/a.yaml": "a: {{ .Release.Name }}\n"}, set_args=["template", "CHART"])
case("cli-generate-name", {"c/templates/a.yaml": "a: {{ .Release.Name | len }}\n"}, set_args=["template", "CHART", "--generate-name"])
case("cli-name-template", {"c/templates/a.yaml": "a: {{ .Release.Name }}\n"}, set_args=["template", "CHART", "--name-template", "nt-{{ \"x\" | upper | lower }}"])
case("cli-bad-release-name", {"c/templates/a.yaml": "a: 1\n"}, set_args=["template", "Bad_Name", "CHART"])


# ---------------------------------------------------------------- subchart + flags combinations
TREE = dict(parent([dep("sub")], "sub:\n  n: 2\nglobal:\n  g: 1\n", {
    "p.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p\ndata:\n  sub: {{ include \"sub.name\" .Subcharts.sub | quote }}\n",
    "hook.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test\n",
    "NOTES.txt": "notes\n"}),
    **sub("sub", "n: 1\n", {
        "_h.tpl": "{{ define \"sub.name\" }}{{ .Chart.Name }}-{{ .Values.n }}-{{ .Values.global.g }}{{ end }}",
        "s.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"sub.name\" . }}\ndata:\n  f: {{ .Files.Get \"files/x.txt\" | b64enc }}\n",
        "shook.yaml": "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: sj\n  annotations:\n    helm.sh/hook: post-install\n    helm.sh/hook-weight: \"-3\"\n"}),
    **{"c/charts/sub/files/x.txt": "sub file\n",
       "c/crds/a.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: a.x.io\n",
       "c/charts/sub/crds/b.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: b.x.io\n",
       "c/charts/sub/templates/NOTES.txt": "sub notes\n"})
for name, args in [("plain", []), ("show-only-sub", ["-s", "charts/sub/templates/s.yaml"]),
                   ("show-only-sub-glob", ["-s", "charts/sub/templates/*"]),
                   ("include-crds", ["--include-crds"]), ("output-dir", ["--output-dir", "HERE/out", "--include-crds"]),
                   ("skip-tests", ["--skip-tests"]), ("no-hooks", ["--no-hooks"]),
                   ("render-subchart-notes", ["--render-subchart-notes"]),
                   ("set-sub", ["--set", "sub.n=9,global.g=x"]), ("release-ns", ["-n", "team", "--is-upgrade"])]:
    case("tree-" + name, dict(TREE), args)
case("tree-output-dir-release-name", dict(TREE), set_args=["template", "rel", "CHART", "--output-dir", "HERE/out", "--release-name"])
# kind order across files and documents
KINDS = ["Deployment", "Service", "ConfigMap", "Secret", "Namespace", "CustomResourceDefinition", "Ingress",
         "Zebra", "ClusterRole", "RoleBinding", "Job", "CronJob", "PriorityClass", "StatefulSet", "Alpha", "ServiceAccount",
         "HorizontalPodAutoscaler", "APIService", "ValidatingWebhookConfiguration", "PodDisruptionBudget"]
docs = "".join(f"---\napiVersion: v1\nkind: {k}\nmetadata:\n  name: n{i}\n" for i, k in enumerate(KINDS))
case("kinds-install-order", {"c/templates/b.yaml": docs, "c/templates/a.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: first-by-path\n"})
case("kinds-comment-only-docs", {"c/templates/a.yaml": "# just a comment\n---\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n---\n# trailing comment\n"})
case("kinds-empty-and-whitespace", {"c/templates/a.yaml": "\n\n  \n", "c/templates/b.yaml": "{{/* nothing */}}\n", "c/templates/c.yaml": "kind: Pod\n"})
case("yaml-list-document", {"c/templates/a.yaml": "- a\n- b\n"})
case("yaml-scalar-document", {"c/templates/a.yaml": "just words\n"})
case("yaml-bad-kind-type", {"c/templates/a.yaml": "kind: [x]\n"})
case("yaml-error-line-number", {"c/templates/a.yaml": "a: 1\nb: 2\n  c: 3\n"})
case("yaml-error-second-doc", {"c/templates/a.yaml": "a: 1\n---\nb: [\n"})
case("hook-unknown-event", {"c/templates/a.yaml": "kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: post-install,bogus\n"})
case("hook-delete-policy", {"c/templates/a.yaml": "kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook-delete-policy: hook-succeeded\n"})
case("hook-test-success", {"c/templates/a.yaml": "kind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test-success\n"}, ["--skip-tests"])
case("crd-in-templates", {"c/templates/a.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: t.x.io\n"})
case("crds-json-and-yml", {"c/crds/a.json": "{\"kind\": \"CustomResourceDefinition\"}\n", "c/crds/b.yml": "kind: CustomResourceDefinition\n", "c/crds/c.txt": "ignored\n", "c/templates/a.yaml": "kind: Pod\n"}, ["--include-crds"])
case("crds-no-trailing-newline", {"c/crds/a.yaml": "kind: CustomResourceDefinition", "c/templates/a.yaml": "kind: Pod\n"}, ["--include-crds"])
case("show-only-with-crds", {"c/crds/a.yaml": "kind: CustomResourceDefinition\n", "c/templates/a.yaml": "kind: Pod\n"}, ["--include-crds", "-s", "crds/a.yaml"])
case("show-only-multi-doc", {"c/templates/a.yaml": "kind: Pod\n---\nkind: Service\n"}, ["-s", "templates/a.yaml"])
case("set-huge-index", {"c/templates/a.yaml": "a: 1\n"}, ["--set", "l[70000]=x"])
case("set-file-missing", {"c/templates/a.yaml": "a: 1\n"}, ["--set-file", "x=HERE/missing.txt"])
case("values-stdin-style-dash-missing", {"c/templates/a.yaml": "a: {{ .Values.x }}\n", "v.yaml": "x: 1\n"}, ["--values", "HERE/v.yaml,HERE/v.yaml"])
case("helmignore-templates", {"c/.helmignore": "templates/skip.yaml\n", "c/templates/skip.yaml": "kind: Skipped\n", "c/templates/keep.yaml": "kind: Kept\n"})
case("helmignore-negation-quirk", {"c/.helmignore": "!keep.yaml\n", "c/templates/keep.yaml": "kind: Kept\n"})
case("helmignore-doublestar", {"c/.helmignore": "**/x\n", "c/templates/keep.yaml": "kind: Kept\n"})
case("templates-hidden-file", {"c/templates/.hidden.yaml": "kind: Hidden\n", "c/templates/a.yaml": "kind: Pod\n"})
case("templates-non-yaml-ext", {"c/templates/a.txt": "kind: Txt\n", "c/templates/b.json": "{\"kind\": \"Json\"}\n", "c/templates/c.tpl": "kind: Tpl\n"})
case("templates-subdirs-order", {"c/templates/z/a.yaml": "kind: Pod\nmetadata:\n  name: za\n", "c/templates/a/z.yaml": "kind: Pod\nmetadata:\n  name: az\n", "c/templates/B.yaml": "kind: Pod\nmetadata:\n  name: B\n"})
case("values-yaml-anchors", {"c/values.yaml": "base: &b\n  x: 1\nderived:\n  <<: *b\n  y: 2\n", "c/templates/a.yaml": "# {{ toJson .Values }}\n"})
case("values-yaml-multidoc", {"c/values.yaml": "a: 1\n---\nb: 2\n", "c/templates/a.yaml": "# {{ toJson .Values }}\n"})
case("values-yaml-empty", {"c/values.yaml": "", "c/templates/a.yaml": "# {{ toJson .Values }}\n"})
case("values-yaml-comments-only", {"c/values.yaml": "# nothing\n", "c/templates/a.yaml": "# {{ toJson .Values }}\n"})
case("values-yaml-dup-keys", {"c/values.yaml": "a: 1\na: 2\n", "c/templates/a.yaml": "# {{ toJson .Values }}\n"})
case("values-yaml-inf", {"c/values.yaml": "a: .inf\n", "c/templates/a.yaml": "# {{ toJson .Values }}\n"})
case("values-yaml-big-ints", {"c/values.yaml": "a: 12345678901234567890\nb: 1e400\n", "c/templates/a.yaml": "# {{ toJson .Values }} {{ .Values.a }}\n"})

# ---------------------------------------------------------------- Go types seen by templates, more error formats
TYPES = "# {{ typeOf . }} | {{ typeOf .Values }} | {{ typeOf .Values.m }} | {{ typeOf .Release }} | {{ typeOf .Chart }} | {{ typeOf .Subcharts }} | {{ typeOf .Capabilities }} | {{ typeOf .Files }} | {{ typeOf .Template }} | {{ typeOf .Subcharts.sub }} | {{ typeOf .Subcharts.sub.Values }} | {{ typeOf .Capabilities.KubeVersion }} | {{ typeOf .Capabilities.APIVersions }}\n"
case("types-render-object", {"c/values.yaml": "m: {a: 1}\n", "c/templates/a.yaml": TYPES, "c/charts/sub/Chart.yaml": chart_yaml("sub")})
case("types-in-subchart", {"c/charts/sub/Chart.yaml": chart_yaml("sub"), "c/charts/sub/templates/s.yaml": "# {{ typeOf . }} {{ typeOf .Values }} {{ typeOf .Template }} {{ kindOf .Values }}\n"})
case("types-tpl-and-include", {"c/templates/_h.tpl": "{{ define \"t\" }}{{ typeOf . }}{{ end }}", "c/templates/a.yaml": "# {{ include \"t\" . }} {{ include \"t\" .Values }} {{ tpl \"{{ typeOf . }}\" . }}\n"})
for name, expr in [("kubeversion", ".Capabilities.KubeVersion"), ("helmversion-keys", ".Capabilities.HelmVersion | keys | sortAlpha"),
                   ("capabilities-keys", ".Capabilities | keys | sortAlpha"), ("capabilities-kubeversion-yaml", ".Capabilities.KubeVersion | toYaml | replace \"\\n\" \"|\""),
                   ("files-json", ".Files"), ("release-json", ".Release"), ("template-json", ".Template")]:
    tpl("json-of-" + name, "# {{ " + expr + " | toJson }}\n", None)
tpl("json-of-helmversion-fields", "# {{ $h := .Capabilities.HelmVersion | toJson | fromJson }}{{ keys $h | sortAlpha }} {{ $h.version | trunc 3 }}\n", None)
ERR2 = {
    "err2-include-in-subchart": dict(parent([dep("sub")], None, {"p.yaml": "a: 1\n"}),
        **sub("sub", None, {"_h.tpl": "{{ define \"s.bad\" }}{{ .Values.x.y }}{{ end }}", "s.yaml": "a: {{ include \"s.bad\" . }}\n"})),
    "err2-required-in-subchart-include": dict(parent([dep("sub")], None, None),
        **sub("sub", None, {"_h.tpl": "{{ define \"s.req\" }}{{ required \"sub needs x\" .Values.x }}{{ end }}", "s.yaml": "a: {{ include \"s.req\" . }}\n"})),
    "err2-fail-in-tpl": {"c/templates/a.yaml": "a: {{ tpl \"{{ fail \\\"in tpl\\\" }}\" . }}\n"},
    "err2-required-in-tpl": {"c/templates/a.yaml": "a: {{ tpl \"{{ required \\\"need v\\\" .Values.v }}\" . }}\n"},
    "err2-tpl-in-include": {"c/templates/_h.tpl": "{{ define \"h\" }}{{ tpl \"{{ .Values.a.b }}\" . }}{{ end }}", "c/templates/a.yaml": "a: {{ include \"h\" . }}\n"},
    "err2-exec-in-range": {"c/values.yaml": "l: [1, {x: 1}]\n", "c/templates/a.yaml": "{{ range .Values.l }}{{ .x }}{{ end }}\n"},
    "err2-template-action-missing": {"c/templates/a.yaml": "{{ template \"nope\" . }}\n"},
    "err2-two-files-first-error": {"c/templates/a.yaml": "{{ fail \"a fails\" }}\n", "c/templates/b.yaml": "{{ fail \"b fails\" }}\n"},
    "err2-notes-error": {"c/templates/NOTES.txt": "{{ fail \"notes fail\" }}\n", "c/templates/a.yaml": "a: 1\n"},
    "err2-helpers-parse-error": {"c/templates/_h.tpl": "{{ define \"x\" }}{{ end\n", "c/templates/a.yaml": "a: 1\n"},
    "err2-helpers-text-outside-define": {"c/templates/_h.tpl": "{{ .Values.nope.x }}\nloose text\n", "c/templates/a.yaml": "a: 1\n"},
    "err2-sub-parse-error": dict(parent([dep("sub")], None, None), **sub("sub", None, {"s.yaml": "{{ if }}\n"})),
    "err2-call-error-in-pipeline": {"c/templates/a.yaml": "a: {{ \"x\" | int | div 1 }}\n"},
    "err2-index-wrong-type": {"c/templates/a.yaml": "a: {{ index \"abc\" \"x\" }}\n"},
    "err2-range-non-iterable": {"c/templates/a.yaml": "a: {{ range 1.5 }}{{ end }}\n"},
    "err2-too-deep-dollar": {"c/templates/a.yaml": "a: {{ $.Values.a.b.c }}\n"},
    "err2-mustToJson": {"c/templates/a.yaml": "a: {{ mustRegexMatch \"[\" \"x\" }}\n"},
    # (--debug after a YAML error prints the files in Go map order, which is random: not a case)
}
for name, files in ERR2.items():
    case(name, files)

# ---------------------------------------------------------------- third batch: more functions, CLI syntax
EXPRS3 = [
    ("quote-types", 'cat (quote 1.0) (quote true) (quote .Values.big) (squote .Values.setint) (quote nil "x")'),
    ("printf-s-number", 'printf "%s|%s|%d" .Values.port .Values.setint .Values.big'),
    ("b64enc-number", 'b64enc .Values.port'),
    ("nindent-empty", 'nindent 4 "" | quote'),
    ("indent-multiline", 'indent 3 "a\\n\\nb\\n" | quote'),
    ("toYaml-block-in-list", 'toYaml (list "a\\nb\\n" (dict "k" "x\\ny")) | replace "\\n" "|"'),
    ("toYaml-unicode", 'toYaml (list "日本語" "é" "emoji 🎉" "tab\\there" "ctl\\u0001") | replace "\\n" "|"'),
    ("toJson-unicode", 'toJson (list "日本語" "\\u2028" "<>&" "ctl\\u0001" "é")'),
    ("toYaml-set-ints", 'toYaml (dict "i" .Values.setint "f" .Values.float "b" .Values.setbool) | replace "\\n" "|"'),
    ("toYaml-values-dashed-keys", 'toYaml .Values.labels | replace "\\n" "|"'),
    ("index-dashed", 'index .Values.labels "app.kubernetes.io/name"'),
    ("int64-overflow", 'cat (int64 1e19) (int 1e19) (int64 "9223372036854775808")'),
    ("trunc-neg", 'cat (trunc -5 "hello world") (trunc 0 "x") (trunc 50 "short")'),
    ("substr-range", 'cat (substr 2 100 "hello") (substr -1 2 "hello") (substr 3 1 "hello")'),
    ("until-zero", 'cat (until 0) (untilStep 0 10 3) (untilStep 5 0 -2)'),
    ("toString-list", 'toString (list 1 "a" (dict "k" 1))'),
    ("join-mixed", 'join "," (list 1 "a" 2.5 true nil)'),
    ("regex-groups", 'regexReplaceAll "(?P<first>[a-z]+)-(\\\\d+)" "abc-123 de-4" "${2}_${first}"'),
    ("random-lengths", 'cat (randAlphaNum 10 | len) (randAlpha 5 | len) (randNumeric 7 | len) (randAscii 3 | len) (uuidv4 | len)'),
    ("genCA-shape", '(genCA "x" 365).Cert | trunc 27'),
    ("htpasswd-shape", 'htpasswd "u" "p" | trunc 6'),
    ("bcrypt-shape", 'bcrypt "x" | trunc 4'),
    ("sha512sum", 'sha512sum "abc" | trunc 16'),
    ("encrypt-roundtrip", 'encryptAES "secretkey" "plaintext" | decryptAES "secretkey"'),
    ("getHostByName", 'getHostByName "localhost" | quote'),
    ("split-keys", 'split "," "a,b" | keys | sortAlpha'),
    ("title-unicode", 'title "élan vital"'),
    ("upper-unicode", 'upper "straße"'),
    ("len-unicode", 'len "日本"'),
    ("contains-empty", 'cat (contains "" "x") (hasPrefix "" "x") (hasSuffix "x" "")'),
    ("kebab-snake-edge", 'cat (kebabcase "HTTPServer") (snakecase "HTTPServer") (camelcase "http_server_v2")'),
    ("float-printing", 'cat 0.1 0.2 (addf 0.1 0.2) 1e-7 100000.0 1000000.0 123456789.0 (float64 3)'),
    ("float-division", 'cat (divf 10 4) (div 10 4) (div 10.0 4.0) (mulf 1.1 1.1)'),
    ("semver-v-prefix", 'cat (semverCompare ">=1.2.3" "v1.2.3") (semver "v2.0.1").Major'),
    ("dict-nil-value", 'dict "a" nil | toYaml'),
    ("list-nested-toJson", 'list (list) (dict) nil "" | toJson'),
    ("merge-deep-lists", 'merge (dict "l" (list 1)) (dict "l" (list 2 3) "m" (dict "x" 1)) | toJson'),
    ("ternary-empty-string", 'ternary "" "b" true | quote'),
    ("printf-width-star", 'printf "%*d|%-*d|" 5 42 4 7'),
    ("printf-bool-num", 'printf "%d %s %v" true false nil'),
    ("printf-list-verbs", 'printf "%s %d %q" .Values.list .Values.nums .Values.list'),
    ("printf-map-verbs", 'printf "%s" .Values.map'),
    ("range-map-keys-unicode", 'range $k, $v := dict "b" 1 "B" 2 "é" 3 "a" 4'),
]
EXPRS3 = [(n, e) for n, e in EXPRS3 if not e.startswith("range")]
for name, expr in EXPRS3:
    tpl("expr3-" + name, "# {{ " + expr + " }}\n", VALS, ["--set", "setint=5,setstr=five,setbool=true"])
tpl("expr3-range-map-keys-unicode", "#{{ range $k, $v := dict \"b\" 1 \"B\" 2 \"é\" 3 \"a\" 4 \"_\" 5 }} {{ $k }}={{ $v }}{{ end }}\n", None)
tpl("expr3-with-toYaml-nindent", "spec:\n  template:\n    spec:\n      {{- with .Values.resources }}\n      resources:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n      {{- with .Values.nope }}\n      nodeSelector: {{ toYaml . | nindent 8 }}\n      {{- end }}\n", VALS)
tpl("expr3-helpers-fullname", "{{- define \"fullname\" -}}\n{{- if .Values.fullnameOverride }}\n{{- .Values.fullnameOverride | trunc 63 | trimSuffix \"-\" }}\n{{- else }}\n{{- $name := default .Chart.Name .Values.nameOverride }}\n{{- if contains $name .Release.Name }}\n{{- .Release.Name | trunc 63 | trimSuffix \"-\" }}\n{{- else }}\n{{- printf \"%s-%s\" .Release.Name $name | trunc 63 | trimSuffix \"-\" }}\n{{- end }}\n{{- end }}\n{{- end -}}\nname: {{ include \"fullname\" . }}\n", "nameOverride: \"\"\n")
tpl("expr3-helpers-fullname-override", "{{- define \"fullname\" -}}{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix \"-\" }}{{- end -}}\nname: {{ include \"fullname\" . }}\n", None, ["--set", "nameOverride=a-very-long-name-override-that-goes-on-and-on-beyond-sixty-three-chars-"])
tpl("expr3-tpl-values-map", "cfg:\n  {{- tpl (toYaml .Values.cfg) . | nindent 2 }}\n", "cfg:\n  url: \"http://{{ .Release.Name }}:{{ .Values.port }}\"\n  list: [\"{{ .Chart.Name }}\"]\nport: 80\n")
tpl("expr3-checksum-annotation", "checksum: {{ include (print $.Template.BasePath \"/cm.yaml\") . | sha256sum }}\n", None,
    extra={"c/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n"})
CLISYN = [
    ("equals-forms", ["--set=a=1", "--namespace=ns1", "--values=HERE/v.yaml", "--kube-version=1.28.0"]),
    ("short-attached", ["-fHERE/v.yaml", "-nns2"]),
    ("flags-before-positionals", None),
    ("api-versions-comma", ["-a", "x.io/v1,y.io/v2"]),
    ("show-only-equals", ["--show-only=templates/a.yaml"]),
    ("set-comma-list-multi", ["--set", "a=1,b=2", "--set", "c=3"]),
    ("set-string-list", ["--set-string", "l={1,2}"]),
    ("double-dash", ["--", "--not-a-flag"]),
    ("bool-flag-value", ["--include-crds=true", "--skip-tests=false", "--is-upgrade=1"]),
    ("bool-flag-bad", ["--include-crds=maybe"]),
    ("missing-flag-value", ["--set"]),
    # (--help is not compared: Capstan words its help in its own prose, by project rule)
]
CLIT = {"c/templates/a.yaml": "# {{ toJson .Values }} {{ .Release.Namespace }} {{ .Capabilities.KubeVersion }} {{ .Capabilities.APIVersions.Has \"x.io/v1\" }} {{ .Capabilities.APIVersions.Has \"y.io/v2\" }} {{ .Release.IsUpgrade }}\n",
        "c/crds/c.yaml": "kind: CustomResourceDefinition\n", "v.yaml": "fromfile: 1\n"}
for name, args in CLISYN:
    if args is None:
        case("cli-" + name, dict(CLIT), set_args=["template", "--set", "x=1", "-n", "pre", "rel", "CHART"])
    else:
        case("cli-" + name, dict(CLIT), args)

# ---------------------------------------------------------------- Go types of function results (typeOf), one per case
TYPEOFS = ['split "," "a,b"', 'splitn "," 2 "a,b"', 'splitList "," "a,b"', 'regexSplit "," "a,b" -1', 'regexFindAll "a" "aa" -1',
    'toStrings (list 1)', 'sortAlpha (list "b" "a")', 'uniq (list 1 1)', 'list', 'dict', 'tuple 1', 'chunk 1 (list 1)',
    'fromYaml "a: 1"', 'fromYamlArray "[1]"', 'fromJson "{}"', 'fromJsonArray "[]"', 'semver "1.0.0"', 'toDate "2006-01-02" "2020-01-01"',
    'b64dec "aGk="', '.Files.GetBytes "x"', '.Files.Lines "x"', '.Files.Glob "*"', '1', '1.5', '"a"', 'true', 'nil', 'int 1', 'int64 1', 'add 1 2',
    'add1f 1', 'len "x"', 'atoi "1"', 'max 1 2', 'min 1 2', 'biggest 1 2', 'seq 1 2', 'until 3', 'untilStep 0 3 1', 'uuidv4',
    'genCA "x" 1', 'urlParse "http://x"', 'duration 1', 'pluck "a" (dict "a" 1)', 'keys (dict "a" 1)', 'values (dict "a" 1)',
    'randInt 1 2', 'toDecimal "1"', 'float64 1', 'ceil 1.2', 'round 1.2 0', 'div 4 2', 'sub 1 1', 'mul 1 1', 'mod 1 1',
    'compact (list 1)', 'append (list) 1', 'toJson 1', 'lookup "v1" "Pod" "" ""', 'include "d" .', 'tpl "" .', 'semverCompare "1" "1"',
    'empty 1', 'deepCopy .Values', 'mergeOverwrite (dict) .Values', 'merge (dict) .Values', '.Values.list', '.Values.big', '.Values.setint',
    '.Values.setstr', 'index .Values.list 0', '.Capabilities.HelmVersion', '.Release.Revision', '.Release.IsInstall', '.Chart.Keywords',
    '.Chart.Maintainers', '.Chart.Annotations', '.Chart.Dependencies', '.Capabilities.KubeVersion.Major', 'get .Values "map"', 'dig "map" "a" 0 .Values',
    'set (dict) "a" 1', 'unset (dict) "a"', 'omit .Values "x"', 'pick .Values "x"', 'reverse (list 1)', 'initial (list 1)', 'rest (list 1)',
    'concat (list 1) (list 2)', 'without (list 1) 1', 'slice (list 1 2) 1', 'first (list 1)', 'ternary 1 2 true', 'default 1 nil',
    'coalesce nil 1', 'atoi "x"', 'int "x"', 'mustToJson 1', 'toYaml 1', 'printf "%d" 1', 'list 1 | toStrings', '$', '.', 'hasKey (dict) "a"',
    'regexFind "a" "a"', 'quote 1', 'cat 1', 'now | date "2006"', 'dateInZone "2006" (now) "UTC" | len', 'derivePassword 1 "long" "p" "u" "s"',
    'getHostByName "x"', 'randBytes 4', 'b64enc "x"', 'sha256sum "x"', 'adler32sum "x"', 'durationRound "1h"', 'unixEpoch (now)', 'htmlDate (now)',
    'split "," "a,b" | keys', 'keys .Files', 'get (split "," "a") "_0"', 'hasKey (split "," "a") "_0"', 'pluck "_0" (split "," "a")',
    'dig "_0" "" (split "," "a")', 'merge (dict) (split "," "a")', 'values (split "," "a")', 'pick (split "," "a") "_0"', 'toJson (split "," "a")',
    'len (split "," "a")', 'index (split "," "a") "_0"', 'deepCopy (split "," "a")', 'keys (fromYaml "a: 1")', 'merge .Values.map (fromYaml "x: 1") | keys | sortAlpha',
]
for i, e in enumerate(TYPEOFS):
    tpl("typeof-%03d" % i, "# {{ define \"d\" }}{{ end }}{{ typeOf (" + e + ") }}\n", VALS, ["--set", "setint=5,setstr=five"])

# ---------------------------------------------------------------- values coalescing with subcharts, warnings
S1 = {"s.yaml": DUMP}
COAL = [
    ("parent-scalar-for-subchart", "sub: 5\n", "x: 1\n", []),
    ("set-scalar-for-subchart", None, "x: 1\n", ["--set", "sub=5"]),
    ("user-scalar-over-table", "t:\n  a: 1\n", None, ["--set", "t=str"]),
    ("user-table-over-scalar", "t: str\n", None, ["--set", "t.a=1"]),
    ("global-scalar", "global: 1\n", "x: 1\n", []),
    ("global-list-in-sub", None, "global:\n  l: [1, 2]\n", ["--set", "global.l[0]=9"]),
    ("parent-null-for-sub", "sub: null\n", "x: 1\n", []),
    ("parent-null-key-in-sub", "sub:\n  x: null\n", "x: 1\ny: 2\n", []),
    ("user-null-key-in-sub", None, "x: 1\ny: 2\n", ["--set", "sub.x=null"]),
    ("chart-null-kept", "n: null\n", "m: null\n", []),
    ("set-global-nested", None, "global:\n  a: {b: 1}\n", ["--set", "global.a.c=2"]),
    ("sub-global-only-in-sub", None, "global:\n  subonly: 1\n", []),
    ("deep-merge-lists-replace", "sub:\n  l: [9]\n", "l: [1, 2, 3]\n", []),
    ("empty-parent-map-for-sub", "sub: {}\n", "x: 1\n", []),
    ("values-with-global-in-list", "global:\n  - a\n", "x: 1\n", []),
]
for name, pv, sv, args in COAL:
    files = dict(parent([dep("sub")], pv, {"p.yaml": DUMP}), **sub("sub", sv, S1))
    case("coal-" + name, files, args)
MORE_DEPS = [
    ("condition-non-bool", [dep("sub", "  condition: sub.enabled\n")], "sub:\n  enabled: yes-please\n"),
    ("condition-alias-path", [dep("sub", "  alias: al\n  condition: al.on\n")], "al:\n  on: false\n"),
    ("enabled-false-in-chart", [dep("sub", "  enabled: false\n")], None),
    ("tags-and-condition", [dep("sub", "  tags: [t]\n  condition: sub.on\n")], "tags:\n  t: false\nsub:\n  on: true\n"),
    ("tag-true-and-false", [dep("sub", "  tags: [a, b]\n")], "tags:\n  a: false\n  b: true\n"),
    ("import-missing-child-key", [dep("sub", "  import-values:\n  - child: nope\n    parent: got\n")], None),
    ("import-exports-missing", [dep("sub", "  import-values: [nothing]\n")], None),
    ("import-to-root", [dep("sub", "  import-values:\n  - child: m\n    parent: .\n")], "keep: 1\n"),
    ("import-overrides-parent", [dep("sub", "  import-values:\n  - child: m\n    parent: dst\n")], "dst:\n  a: parent\n  b: parent\n"),
    ("alias-twice-values", [dep("sub", "  alias: one\n"), dep("sub", "  alias: two\n")], "one:\n  x: 1\n"),
    ("dep-version-mismatch", [dep("sub").replace("0.1.0", "9.9.9")], None),
    ("dep-name-with-dash", [dep("my-sub")], "my-sub:\n  x: 2\n"),
]
for name, deps, pv in MORE_DEPS:
    sname = "my-sub" if "dash" in name else "sub"
    files = dict(parent(deps, pv, {"p.yaml": DUMP}), **sub(sname, "x: 1\nm:\n  a: sub\n  c: sub\nexports:\n  data: {e: 1}\n", S1))
    case("deps-" + name, files)
case("deps-nested-condition", dict(parent([dep("sub")], "sub:\n  inner:\n    on: false\n", {"p.yaml": DUMP}),
     **sub("sub", None, S1, "dependencies:\n- name: inner\n  version: 0.1.0\n  condition: inner.on\n"),
     **sub("inner", "x: 1\n", {"i.yaml": DUMP}, prefix="c/charts/sub/charts/")))
case("deps-nested-import", dict(parent([dep("sub", "  import-values:\n  - child: fromInner\n    parent: top\n")], None, {"p.yaml": DUMP}),
     **sub("sub", None, S1, "dependencies:\n- name: inner\n  version: 0.1.0\n  import-values:\n  - child: v\n    parent: fromInner\n"),
     **sub("inner", "v:\n  deep: 1\n", None, prefix="c/charts/sub/charts/")))

# ---------------------------------------------------------------- toYaml / toJson of single strings (Go string literals)
YSTR = ["1e", "1e5", "0o", "+.5", "1_0", "0b2", "0b1", "<<", "=", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
        ".5", "-.inf", "+.INF", ".NaN", "null", "Null", "NULL", "nULL", "~", "y", "Y", "n", "N", "True", "TRUE", "tRUE", "on", "On", "ON", "oN",
        "off", "yes", "Yes", "YES", "no", "No", "NO", "0", "-0", "+0", "00", "08", "09", "0x", "0xg", "1.", "1.e5", "1,000", "1:2:3",
        "190:20:30", "-1:20", "12e03", "0.1.2", "v1.2", "-", "--", "---", "...", "- a", "? a", "?a", ": a", "a:", "a: ", "a :b", "a# b", "a #b",
        "#a", "@a", "`a", "%a", "!a", "&a", "*a", "|a", ">a", "'a", "\"a", "a'", "a\"", "{a", "}a", "[a", "]a", ",a", "a,", "a{b}", "a[b]",
        " a", "a ", "\\ta", "a\\t", "a\\tb", "a\\nb", "a\\n", "\\na", "a\\n\\n", "a \\nb", "a\\n b", "\\n", "\\n\\n", " \\n", "\\r", "a\\rb",
        "a\\r\\nb", "\\u0085", "a\\u2028b", "\\u00a0a", "a\\u00a0", "\\ufeffa", "é", "日本", "🎉", "\\u0001", "\\x7f", "\\u200b",
        "a\\\\b", "\\\\", "\\\"quoted\\\"", "it's", "a'b'c", "''", "\\\"\\\"", "line1\\nline2 ", "line1 \\nline2", "  indented\\nx",
        "x\\n  indented", "tab\\tin\\nblock", "trailing\\n\\n\\n", "http://x.y/z?a=b&c=d#f", "a=b", "key: value", "[1, 2]", "{a: 1}",
        "*", "&", "!", "|", ">", "%", "@", "`", "0123456789" * 9, ("word " * 20).strip(), ("word " * 20), "a" * 100 + " " + "b" * 100]
for i, s in enumerate(YSTR):
    tpl("ystr-%03d" % i, "v:\n{{ toYaml (dict \"k\" \"" + s + "\" \"" + s + "\" 1) | indent 2 }}\nj: {{ toJson \"" + s + "\" | squote }}\np:\n{{ toYamlPretty (list \"" + s + "\") | indent 2 }}\n", None)

# ---------------------------------------------------------------- numbers from values.yaml through every printer
NUMS = ["0", "-0", "1", "-1", "0.1", "0.5", "1.5", "2.5", "-2.5", "3.0", "1e6", "1e5", "123456", "1234567", "12345678", "1e20", "1e21",
        "1e22", "1.5e300", "5e-324", "1e-4", "1e-5", "0.00001234", "1.23e-7", "9007199254740993", "9223372036854775807", "18446744073709551615",
        "123456789012345678901234567890", "0.1e1", "017", "0o17", "0x1F", "0b101", "1_000", "6.02214076e23", "3.141592653589793",
        "2.718281828459045", "100000000", "99999999999", "0.000001", "0.0000001", "1e-7", "4294967296", "2147483648", "-2147483649",
        "1.7976931348623157e308", "4.9e-324", "33.333333333333336", "1e+2", "1E3", "+5", ".5", "5.", "1e-10", "123.456e2"]
for i, n in enumerate(NUMS):
    tpl("num-%02d" % i, "# {{ .Values.n }} | {{ printf \"%v %g %e %f %.2f %G %.3g %d %s\" .Values.n .Values.n .Values.n .Values.n .Values.n .Values.n .Values.n .Values.n .Values.n }}\n"
        "# {{ toString .Values.n }} {{ quote .Values.n }} {{ toJson .Values.n }} {{ int64 .Values.n }} {{ int .Values.n }} {{ float64 .Values.n }} {{ add .Values.n 0 }} {{ addf .Values.n 0 }} {{ round .Values.n 2 }} {{ ceil .Values.n }}\n"
        "y: {{ toYaml .Values.n }}\n"
        "p: {{ toYamlPretty .Values.n }}\n"
        "# {{ toToml (dict \"n\" .Values.n) | trim }} {{ .Values.n | toString | atoi }} {{ semverCompare \">=0\" (toString (int .Values.n)) }}\n", "n: " + n + "\n")
    tpl("num-set-%02d" % i, "# {{ .Values.n }} {{ typeOf .Values.n }} {{ toJson .Values.n }} {{ printf \"%v %d\" .Values.n .Values.n }}\ny: {{ toYaml .Values.n }}\n", None, ["--set", "n=" + n])
    tpl("num-json-%02d" % i, "# {{ .Values.n }} {{ typeOf .Values.n }} {{ toJson .Values.n }}\ny: {{ toYaml .Values.n }}\n", None, ["--set-json", "n=" + n])

# ---------------------------------------------------------------- Go text/template semantics
GOT = [
    ("reassign", "{{ $x := 1 }}{{ range .Values.list }}{{ $x = . }}{{ end }}{{ $x }}"),
    ("with-dollar", "{{ with .Values.map }}{{ $.Values.name }}-{{ .a }}{{ end }}"),
    ("and-short-circuit", "{{ and false (fail \"no\") }} {{ or true (fail \"no\") }}"),
    ("and-missing-chain", "{{ if and .Values.nope .Values.nope.x }}y{{ else }}n{{ end }}"),
    ("if-empty-map-list", "{{ if .Values.annotations }}m{{ end }}{{ if list }}l{{ end }}{{ if .Values.list }}L{{ end }}"),
    ("eq-nil", "{{ eq .Values.nul nil }}"),
    ("lt-mixed-error", "{{ lt \"a\" 1 }}"),
    ("len-int-error", "{{ len 3 }}"),
    ("index-missing-key", "[{{ index .Values.map \"zz\" }}]"),
    ("comment-trim", "a {{- /* c */ -}} b"),
    ("trim-tabs", "a\t\n {{- \"x\" -}} \t\nb"),
    ("string-escapes", "{{ \"\\u00e9\\t\\x41\\101\" }}"),
    ("raw-string", "{{ `raw\\n\"q\"` }}"),
    ("char-const", "{{ 'a' }} {{ '\\n' }} {{ printf \"%c\" 'é' }}"),
    ("number-literals", "{{ 0x1F }} {{ 1_000 }} {{ 0b101 }} {{ 0o17 }} {{ 1e3 }} {{ -3 }} {{ 017 }} {{ 0x1p-2 }}"),
    ("complex-literal", "{{ 1i }}"),
    ("print-float-literal", "{{ print 1.0 }} {{ printf \"%T %T %T\" 1 1.0 'a' }}"),
    ("range-string-error", "{{ range $i, $c := \"abc\" }}{{ $c }}{{ end }}"),
    ("range-int-vars", "{{ range $i := 3 }}{{ $i }}{{ end }}"),
    ("range-int-two-vars", "{{ range $i, $e := 3 }}{{ $i }}{{ end }}"),
    ("break-outside", "{{ break }}"),
    ("define-twice-same-file", "{{ define \"x\" }}1{{ end }}{{ define \"x\" }}2{{ end }}{{ template \"x\" }}"),
    ("block-redefined", "{{ block \"b\" . }}default{{ end }}{{ define \"b\" }}over{{ end }}"),
    ("map-path", "{{ .Values.map.nested.y.z }}"),
    ("call-error", "{{ call .Values.name }}"),
    ("builtins-escape", "{{ html \"<&>'\\\"\" }} {{ js \"<&>'\\\"=\" }} {{ urlquery \"a b/c?\" }}"),
    ("slice-builtin-string", "{{ slice \"abcdef\" 1 3 }}"),
    ("not-non-bool", "{{ not \"x\" }} {{ not 0 }} {{ not .Values.map }}"),
    ("with-var", "{{ with $x := .Values.map }}{{ $x.a }}{{ end }}"),
    ("var-out-of-scope", "{{ range $k, $v := .Values.map }}{{ end }}{{ $k }}"),
    ("else-chains", "{{ if false }}a{{ else if false }}b{{ else with .Values.name }}{{ . }}{{ else }}d{{ end }}"),
    ("trim-else", "[ {{- if true -}} x {{- else -}} y {{- end -}} ]"),
    ("nested-range-dollar", "{{ range $a := .Values.list }}{{ range $b := $.Values.nums }}{{ $a }}{{ $b }} {{ end }}{{ end }}"),
    ("pipeline-parens", "{{ (print \"a\" | upper) | printf \"%s-%s\" \"x\" }}"),
    ("method-on-nil", "{{ .Values.nul.x }}"),
    ("field-on-list", "{{ .Values.list.x }}"),
    ("index-nested-list", "{{ index .Values.env 1 \"name\" }}"),
    ("index-map-int-key", "{{ index .Values.map 1 }}"),
    ("range-else-map", "{{ range .Values.annotations }}x{{ else }}empty{{ end }}"),
    ("range-over-nil", "{{ range .Values.nul }}x{{ else }}nil{{ end }}"),
    ("template-with-pipeline", "{{ define \"p\" }}[{{ . }}]{{ end }}{{ template \"p\" .Values.name | upper }}"),
    ("variable-in-template", "{{ define \"v\" }}{{ $ }}{{ end }}{{ template \"v\" 5 }}"),
    ("print-nil-map-value", "{{ .Values.map.zz }}|{{ printf \"%v\" .Values.map.zz }}"),
    ("eq-list-error", "{{ eq .Values.list .Values.list }}"),
    ("ne-map-error", "{{ ne .Values.map 1 }}"),
    ("le-strings", "{{ le \"a\" \"b\" }} {{ ge \"b\" \"b\" }}"),
    ("eq-float-int", "{{ eq 1.0 1 }}"),
    ("deep-dot", "{{ with .Values }}{{ with .map }}{{ with .nested }}{{ .x }}{{ end }}{{ end }}{{ end }}"),
    ("continue-outside", "{{ continue }}"),
    ("unclosed-range", "{{ range .Values.list }}"),
    ("end-without-start", "{{ end }}"),
    ("else-without-if", "{{ else }}"),
    ("bad-char-in-action", "{{ .Values.name ; }}"),
    ("missing-dot-field", "{{ .Values.}}"),
    ("double-pipe", "{{ .Values.name || upper }}"),
    ("assign-undeclared", "{{ $y = 1 }}"),
    ("too-many-range-vars", "{{ range $a, $b, $c := .Values.list }}{{ end }}"),
    ("empty-action", "{{}}"),
    ("nil-command", "{{ nil }}"),
    ("function-as-arg", "{{ printf \"%v\" upper }}"),
    ("string-concat-error", "{{ \"a\" \"b\" }}"),
]
for name, t in GOT:
    tpl("gotpl-" + name, "# " + t + "\n", VALS)

# ---------------------------------------------------------------- Sprig edge semantics, one per case
SPR = ['default "d" (list)', 'default "d" (dict)', 'default "d" "false"', 'default "d" false', 'default "d" 0.0', 'trimAll "ab" "abcba"',
    'replace "a" "" "banana"', 'repeat -1 "x"', 'indent 2 "a\\r\\nb"', 'b64dec "!!notb64"', 'b32dec "1"', 'atoi "1.5"', 'int true', 'int nil',
    'float64 true', 'toString (.Files.GetBytes "f.txt")', 'toString 1e6', '.Files.GetBytes "f.txt" | toJson', '.Files.GetBytes "f.txt" | b64enc',
    'semver "bad"', 'semverCompare "bad constraint" "1.0.0"', 'regexMatch "[" "x"', 'mustRegexMatch "[" "x"', 'urlParse "%zz"',
    'get .Values.nope "a"', 'hasKey .Values.nope "a"', 'keys (dict "a" 1) (dict "b" 2) | sortAlpha', 'pluck "a" (dict "a" 1) (dict "a" 2) (dict "b" 3)',
    'append .Values.nope "x"', 'mustAppend .Values.nope "x"', 'first .Values.nope', 'last "abc"', 'has 1 .Values.nope', 'slice (list 1 2) 1 5',
    'mustSlice (list 1 2) 1 5', 'uniq (dict "a" 1)', 'without (list 1 2 3 2) 2 3', 'reverse "abc"', 'sortAlpha (dict "b" 1)', 'seq', 'until -3',
    'chunk 0 (list 1)', 'max 1 2.5', 'div 7.9 2', 'round 2.5 0', 'round -0.5 0', 'floor "1.5"', 'add "1" 2', 'mul "a" 2', 'toDecimal "abc"',
    'int64 "1e3"', 'float64 "1e3"', 'printf "%v" (list nil)', 'coalesce (list) (list 1)', 'ternary 1 2 "yes"', 'cat (list 1 2) "x"',
    'quote (.Files.GetBytes "f.txt")', 'nospace "a\\u00a0b c"', 'trunc 1 "é"', 'substr 0 1 "日本"', 'abbrev 4 "日本語です"', 'initials "élan vital"',
    'wrap 3 "abcdefgh ij"', 'randInt 5 5', 'sub 1.5 1', 'add1 "x"', 'biggest "a" 1', 'min "3" 2', 'maxf "3.5" 2', 'ceil "x"',
    'dig "a" "b" "d" (dict "a" (dict "b" 1))', 'dig "a" "d" (dict "a" "s")', 'set .Values.nope "a" 1', 'unset (dict) "zz" | toJson',
    'omit (dict "a" 1 "b" 2) "a" "zz" | toJson', 'pick (dict "a" 1) | toJson', 'mergeOverwrite (dict "a" (list 1)) (dict "a" nil) | toJson',
    'merge (dict "a" nil) (dict "a" 1) | toJson', 'deepCopy nil', 'toJson (deepCopy (list 1 (dict "a" nil)))', 'typeIs "string" nil',
    'kindIs "invalid" nil', 'kindOf nil', 'typeOf (list) | kindIs "slice"', 'empty (dict "a" nil)', 'empty " "', 'all', 'any nil',
    'compact .Values.nope', 'concat', 'list nil nil | len', 'join "," nil', 'join "," "abc"', 'splitList "" "abc"', 'split "" "ab"',
    'splitn "," 0 "a,b"', 'sortAlpha nil', 'toStrings nil', 'uniq nil', 'title ""', 'upper nil', 'lower 5', 'trim 5', 'contains 1 12',
    'hasPrefix 1 12', 'plural "a" "b" 1.5', 'regexFind "(" "x"', 'regexReplaceAll "(" "x" "y"', 'regexSplit "," "a,b" 0', 'b64enc nil',
    'sha256sum 5', 'toPrettyJson (dict)', 'toPrettyJson (list)', 'toRawJson "<&>"', 'mustToRawJson (dict "a" "<")', 'fromJson "null" | toJson',
    'fromJson "[1]" | toJson', 'fromJsonArray "null" | toJson', 'fromYaml "" | toJson', 'fromYaml "~" | toJson', 'fromYamlArray "" | toJson',
    'toToml (list 1)', 'toToml "x"', 'toToml nil', 'fromToml "a=" | toJson', 'toYaml nil', 'toYaml ""', 'mustToYaml (dict "a" 1)',
    'durationRound "bad"', 'duration "bad"', 'duration 1.5', 'date "2006" "notatime"', 'toDate "2006" "bad"', 'mustToDate "2006" "bad"',
    'dateModify "bad" (toDate "2006" "2020")', 'mustDateModify "bad" (toDate "2006" "2020")', 'unixEpoch (toDate "2006-01-02" "1969-12-31")',
    'htmlDateInZone (toDate "2006-01-02" "2020-01-02") "UTC"', 'dateInZone "2006-01-02 15:04 MST" (toDate "2006-01-02" "2020-06-01") "America/New_York"',
    'date "Mon Jan 2 15:04:05 MST 2006" 0', 'date "2006" 1700000000', 'date "2006" "1700000000"',
]
for i, e in enumerate(SPR):
    tpl("sprig-%03d" % i, "# {{ " + e + " }}\n", VALS, extra={"c/f.txt": "file\n"})

# ---------------------------------------------------------------- include recursion limit (Helm's 1000-level error chain)
case("recursion-define", {"c/templates/base.yaml": "{{include \"recursion\" . }}", "c/templates/_r.tpl": "{{define \"recursion\"}}{{include \"recursion\" . }}{{end}}"})
case("recursion-self-include", {"c/templates/quote.yaml": "{{include \"c/templates/quote.yaml\" . | indent 2}} dead."})
case("recursion-deep-but-bounded", {"c/templates/a.yaml": "# {{ include \"down\" 900 }}\n",
     "c/templates/_d.tpl": "{{ define \"down\" }}{{ if gt . 0 }}{{ include \"down\" (sub . 1) }}{{ else }}bottom{{ end }}{{ end }}"})

# ---------------------------------------------------------------- typed Go slices and maps (GoList / GoMap)
TYPED = [
    'regexFindAll "x" "aa" -1 | toJson', 'regexSplit "," "a" 0 | toJson', 'regexFindAll "x" "a" -1 | toYaml',
    'printf "%v" .Chart.Annotations', 'index .Chart.Annotations "x"', '.Chart.Annotations | toYaml', '.Chart.Annotations | toYamlPretty',
    'typeOf (append (splitList "," "a,b") "c")', 'typeOf (rest (splitList "," "a,b"))', 'typeOf (uniq (splitList "," "a,b"))',
    'typeOf (concat (splitList "," "a,b") (list 1))', 'typeOf (slice (splitList "," "a,b") 1)', 'typeOf (slice (until 3))',
    'typeOf (mergeOverwrite .Values (dict))', 'typeOf (set .Values "q" 1)', 'typeOf (unset .Values "q")', 'typeOf (deepCopy .Chart.Annotations)',
    'typeOf (fromYaml (toYaml (split "," "a")))', 'typeOf (first (chunk 1 (list 1 2)))', 'typeOf (default (splitList "," "a") nil)',
    'typeOf (tpl "{{ .Values | typeOf }}" .)', 'range $k, $v := split "," "a,b" }}{{ $k }}={{ typeOf $v }} {{ end',
    'split "," "a,b"', 'chunk 2 (list 1 2 3)', 'kindOf (split "," "a")', 'typeOf .Values.map', 'genSignedCert "x" (splitList "," "a") nil 1 (genCA "c" 1)',
    'typeOf (index (split "," "a") "_9")', 'typeOf .Chart.Annotations.x', 'typeOf (split "," "a")._9', 'typeOf (index .Values "nope")',
    '$m := split "," "a,b" }}{{ $m._1 }} {{ len $m }} {{ $m | toYaml | replace "\\n" "|"', 'empty (regexFindAll "x" "a" -1)',
    'regexFindAll "x" "a" -1', 'printf "%#v" (until 2)', 'toJson (list (regexFindAll "x" "a" -1) .Chart.Annotations)',
    'toJson (deepCopy (regexFindAll "x" "a" -1))',
]
for i, e in enumerate(TYPED):
    tpl("typed-%03d" % i, "# {{ " + e + " }}\n", VALS)
case("typed-subchart-values-alias", {"c/values.yaml": "sub:\n  z: 1\n", "c/charts/sub/Chart.yaml": chart_yaml("sub"),
     "c/charts/sub/templates/s.yaml": "# {{ $_ := set .Values \"added\" 2 }}{{ typeOf .Values }} {{ typeOf (get .Values \"z\") }}\n",
     "c/templates/b.yaml": "# {{ toJson .Values.sub }}\n"})

# ---------------------------------------------------------------- running
def materialize(root, files):
    for p, text in files.items():
        full = os.path.join(root, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)


def run(cmd, c, tmp, env_extra=None):
    here = os.path.join(tmp, c["name"])
    if os.path.exists(here):
        shutil.rmtree(here)
    os.makedirs(here)
    materialize(here, c["files"])
    args = [a.replace("CHART", os.path.join(here, "c")).replace("HERE", here) for a in c["args"]]
    env = {"PATH": os.environ["PATH"], "HOME": "/nonexistent"}
    env.update(env_extra or {})
    r = subprocess.run(cmd + args, capture_output=True, env=env, cwd=here, timeout=120)
    norm = lambda b: b.decode("utf-8", "replace").replace(here, "HERE")
    err = "".join(l for l in norm(r.stderr).splitlines(True) if not l.startswith("level="))
    out = norm(r.stdout)
    if "--output-dir" in c["args"]:
        # what was written: each file's path and content, in sorted order
        od = os.path.join(here, "out")
        for dp, dn, fn in sorted(os.walk(od)):
            dn.sort()
            for f in sorted(fn):
                p = os.path.join(dp, f)
                out += "=== " + os.path.relpath(p, here) + "\n" + open(p).read()
    return {"exit": 0 if r.returncode == 0 else 1, "stdout": out, "stderr": err}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helm", default=os.path.expanduser("~/.cache/reference-helm/helm"))
    ap.add_argument("--capstan", default=None, help="command prefix running Capstan, e.g. 'java -jar cli/target/capstan.jar'")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    names = [c["name"] for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit("duplicate names: %s" % dup)
    tmp = tempfile.mkdtemp(prefix="capstan-diff-")
    out, failing = [], []
    for c in CASES:
        ref = run([a.helm], c, tmp)
        ref["stdout"] = ref["stdout"].replace("helm template", "capstan template")
        row = dict(c, **ref)
        out.append(row)
        if a.capstan:
            got = run(a.capstan.split(), c, tmp, {"CAPSTAN_SKIP_BUILD": "1"})
            diff = first_diff(ref, got)
            if diff:
                failing.append({"name": c["name"], "difference": diff})
                print("DIFF", c["name"], diff.splitlines()[0], file=sys.stderr)
    yaml.safe_dump(out, open(os.path.join(here, "cases.yaml"), "w"), sort_keys=False, allow_unicode=True, width=1000)
    if a.capstan:
        yaml.safe_dump(failing, open(os.path.join(here, "known-failures.yaml"), "w"), sort_keys=False, allow_unicode=True, width=1000)
    print(f"{len(out)} cases, {len(failing)} differ", file=sys.stderr)
    shutil.rmtree(tmp)


def first_diff(ref, got):
    if ref["exit"] != got["exit"]:
        return f"exit {got['exit']} (helm {ref['exit']}); stderr: {got['stderr'][:300]!r} helm: {ref['stderr'][:300]!r}"
    if ref["stdout"] != got["stdout"]:
        e, g = ref["stdout"].split("\n"), got["stdout"].split("\n")
        for i in range(min(len(e), len(g))):
            if e[i] != g[i]:
                return f"stdout line {i + 1}: got {g[i]!r} want {e[i]!r}"
        return f"stdout line count {len(g)} (helm {len(e)})"
    if ref["stderr"] != got["stderr"]:
        return f"stderr: got {got['stderr'][:400]!r} want {ref['stderr'][:400]!r}"
    return None


if __name__ == "__main__":
    main()
