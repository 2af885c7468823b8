# Rows re-expressed from Go's text/template/parse/lex_test.go (lexTests, lexPosTests).
L=[]
def r(name, inp, items, note=None): L.append((name, inp, items, note))
EOF_=("EOF","")
LEFT=("LEFT_DELIM","{{"); RIGHT=("RIGHT_DELIM","}}"); SP=("SPACE"," "); LP=("LEFT_PAREN","("); RP=("RIGHT_PAREN",")"); PIPE=("PIPE","|")
raw="`abc\\n\\t\\\" `"
rawNL="`now is{{\n}}the time`"
r("empty","",[EOF_])
r("spaces"," \t\n",[("TEXT"," \t\n"),EOF_])
r("text","now is the time",[("TEXT","now is the time"),EOF_])
r("text with comment","hello-{{/* this is a comment */}}-world",[("TEXT","hello-"),("TEXT","-world"),EOF_])
r("punctuation","{{,@% }}",[LEFT,("CHAR",","),("CHAR","@"),("CHAR","%"),SP,RIGHT,EOF_])
r("parens","{{((3))}}",[LEFT,LP,LP,("NUMBER","3"),RP,RP,RIGHT,EOF_])
r("empty action","{{}}",[LEFT,RIGHT,EOF_])
r("for","{{for}}",[LEFT,("IDENTIFIER","for"),RIGHT,EOF_])
r("quote",'{{"abc \\n\\t\\" "}}',[LEFT,("STRING",'"abc \\n\\t\\" "'),RIGHT,EOF_])
r("raw quote","{{"+raw+"}}",[LEFT,("RAW_STRING",raw),RIGHT,EOF_])
r("raw quote with newline","{{"+rawNL+"}}",[LEFT,("RAW_STRING",rawNL),RIGHT,EOF_])
r("numbers","{{1 02 0x14 -7.2i 1e3 +1.2e-4 4.2i 1+2i}}",[LEFT,("NUMBER","1"),SP,("NUMBER","02"),SP,("NUMBER","0x14"),SP,("NUMBER","-7.2i"),SP,("NUMBER","1e3"),SP,("NUMBER","+1.2e-4"),SP,("NUMBER","4.2i"),SP,("COMPLEX","1+2i"),RIGHT,EOF_])
r("characters","{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}",[LEFT,("CHAR_CONSTANT","'a'"),SP,("CHAR_CONSTANT","'\\n'"),SP,("CHAR_CONSTANT","'\\''"),SP,("CHAR_CONSTANT","'\\\\'"),SP,("CHAR_CONSTANT","'\\u00FF'"),SP,("CHAR_CONSTANT","'\\xFF'"),SP,("CHAR_CONSTANT","'本'"),RIGHT,EOF_])
r("bools","{{true false}}",[LEFT,("BOOL","true"),SP,("BOOL","false"),RIGHT,EOF_])
r("dot","{{.}}",[LEFT,("DOT","."),RIGHT,EOF_])
r("nil","{{nil}}",[LEFT,("NIL","nil"),RIGHT,EOF_])
r("dots","{{.x . .2 .x.y.z}}",[LEFT,("FIELD",".x"),SP,("DOT","."),SP,("NUMBER",".2"),SP,("FIELD",".x"),("FIELD",".y"),("FIELD",".z"),RIGHT,EOF_])
r("keywords","{{range if else end with}}",[LEFT,("RANGE","range"),SP,("IF","if"),SP,("ELSE","else"),SP,("END","end"),SP,("WITH","with"),RIGHT,EOF_])
r("variables","{{$c := printf $ $hello $23 $ $var.Field .Method}}",[LEFT,("VARIABLE","$c"),SP,("DECLARE",":="),SP,("IDENTIFIER","printf"),SP,("VARIABLE","$"),SP,("VARIABLE","$hello"),SP,("VARIABLE","$23"),SP,("VARIABLE","$"),SP,("VARIABLE","$var"),("FIELD",".Field"),SP,("FIELD",".Method"),RIGHT,EOF_])
r("variable invocation","{{$x 23}}",[LEFT,("VARIABLE","$x"),SP,("NUMBER","23"),RIGHT,EOF_])
r("pipeline",'intro {{echo hi 1.2 |noargs|args 1 "hi"}} outro',[("TEXT","intro "),LEFT,("IDENTIFIER","echo"),SP,("IDENTIFIER","hi"),SP,("NUMBER","1.2"),SP,PIPE,("IDENTIFIER","noargs"),PIPE,("IDENTIFIER","args"),SP,("NUMBER","1"),SP,("STRING",'"hi"'),RIGHT,("TEXT"," outro"),EOF_])
r("declaration","{{$v := 3}}",[LEFT,("VARIABLE","$v"),SP,("DECLARE",":="),SP,("NUMBER","3"),RIGHT,EOF_])
r("2 declarations","{{$v , $w := 3}}",[LEFT,("VARIABLE","$v"),SP,("CHAR",","),SP,("VARIABLE","$w"),SP,("DECLARE",":="),SP,("NUMBER","3"),RIGHT,EOF_])
r("field of parenthesized expression","{{(.X).Y}}",[LEFT,LP,("FIELD",".X"),RP,("FIELD",".Y"),RIGHT,EOF_])
r("badchar","#{{\x01}}",[("TEXT","#"),LEFT,("ERROR","unrecognized character in action: U+0001")])
r("EOF in action","{{range",[LEFT,("RANGE","range"),("ERROR","unclosed action")])
r("unclosed quote",'{{"\n"}}',[LEFT,("ERROR","unterminated quoted string")])
r("unclosed raw quote","{{`xx}}",[LEFT,("ERROR","unterminated raw quoted string")])
r("unclosed char constant","{{'\n}}",[LEFT,("ERROR","unterminated character constant")])
r("bad number","{{3k}}",[LEFT,("ERROR",'bad number syntax: "3k"')])
r("unclosed paren","{{(3}}",[LEFT,LP,("NUMBER","3"),("ERROR","unclosed left paren")])
r("long pipeline deadlock","{{|||||}}",[LEFT,PIPE,PIPE,PIPE,PIPE,PIPE,RIGHT,EOF_])
r("text with bad comment","hello-{{/*/}}-world",[("TEXT","hello-"),("ERROR","unclosed comment")])
r("text with comment close separated from delim","hello-{{/* */ }}-world",[("TEXT","hello-"),("ERROR","comment ends before closing delimiter")])
r("unmatched right delimiter","hello-{.}}-world",[("TEXT","hello-{.}}-world"),EOF_])
# Go 1.25 differences from this (older) table, checked with the reference helm (see parse.tsv/helm-exec.tsv):
r("newline in empty action (Go >= 1.16)","{{\n}}",[LEFT,("SPACE","\n"),RIGHT,EOF_])
r("trim markers","x \t{{- 3 -}}\n y",[("TEXT","x"),LEFT,("NUMBER","3"),RIGHT,("TEXT","y"),EOF_])
r("minus number is not a trim marker","{{-3}}",[LEFT,("NUMBER","-3"),RIGHT,EOF_])
def goq(s):
    o='"'
    for ch in s:
        c=ord(ch)
        if ch=='"': o+='\\"'
        elif ch=='\\': o+='\\\\'
        elif ch=='\n': o+='\\n'
        elif ch=='\t': o+='\\t'
        elif c<0x20: o+='\\x%02x'%c
        else: o+=ch
    return o+'"'
out=["# Rows re-expressed from Go's text/template/parse/lex_test.go; the last three follow Go 1.25",
"# (newlines allowed in actions) and the trim-marker rules.",
"# Columns: name <TAB> input (Go-quoted) <TAB> items: TYPE=Go-quoted-value, space-separated"]
for name,inp,items,note in L:
    out.append("\t".join([name,goq(inp)," ".join(t+"="+goq(v) for t,v in items)]))
open(os.path.join(TABLES, 'lex.tsv'),'w').write("\n".join(out)+"\n")
print(len(L))
