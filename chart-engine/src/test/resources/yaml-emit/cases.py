"""Inputs for the yaml-emit expectation table (see regen.py). Outputs are never written here:
they come from running the reference Helm."""
import random

# Every row of the quoting table in helm-behaviour.md section 1.5, go-yaml v2 encode_test.go
# strings, and more shapes around the resolver and the scalar analysis.
QUOTING = [
    "hello", "a,b", "a|b", "x :y", "?x", "-dash", "=", "<<", "a#b", "a'b", 'a"b', "a\\b", "é",
    "http://x.y/z?a=b&c",
    "yes", "No", "ON", "off", "Y", "n", "True", "NULL", "~", "0.5", ".5", "1e3", "1_000", "0b101",
    "+1", "-1", "0o17", "0777", "0x1F", "1:20", "12:30:45", ".inf", ".NaN", "2001-12-14", "1.0",
    "123", "",
    "&a", "*x", "!tag", "%x", "@x", "`x", "- x", "#c", "a #b", "a: b", "x:", "a: ", "{a}", "[a]",
    "|", ">", " ", " lead", "trailing ", "'q'",
    "a\tb", "line1 \nline2",
    "multi\nline", "multi\nline\n", "line1\n  indented\n", "a\n\nb", "a\n\n", "\n", "\na",
    " lead\nx", "x\n lead", "trailing \nx", "x\n", "\n\n", "a\r\nb", "a\rb",
    "a\u2028b", "\u2028", "a\u0085b", "\ufeffabc", "\U0001F600", "a\U0001F600b", "\x00", "\x7f",
    "\xa0x", "x\xa0", "\x01\x02\x1b", "\x08\x0c\x0b\x07", "\ue000", "\ufffd",
    "---", "...", "--- x", "-", "--", "?", ":", "? x", ": x", "-1.5", "1e999", ".5e999", "0x", "08",
    "0b-1", "0o-7", "-0o7", "+.5", "1.", "1e", "1_", "_1", "2001-12-14T21:59:43",
    "2001-12-14T21:59:43Z", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10",
    "2001-02-30", "2000-02-29", "1900-02-29", "2001-1-2", "2001-13-01", "2001-12-14T21:59:43+25:00",
    "2015-02-24T18:19:39Z", "12345-01-01", "1:60", "190:20:30", "-1:20", "1:2:3.5", "1:2:", "1__0",
    "YES", "yEs", "tRUE", "NaN", "nan", "Inf", "inf", ".Inf", "-.inf", "+.INF", "null", "Null",
    "nULL", "true", "false", "on", "y", "t", "f", "o", "0", "-0", "+0", "00", "0.0", "1e+3",
    "1E3", ".e3", "1,000", "$100", "100%", "~x", "x~", "a:b", "a::b", "::", "a -b", "a - b",
    "a- b", "-a", "- a", "a#", "#", "a #", "a\t#b", "<foo>", "1:1", "你好", "你好 #comment",
    "Hello #comment", "b: c", "9223372036854775807", "9223372036854775808", "18446744073709551615",
    "18446744073709551616", "-9223372036854775808", "-9223372036854775809", "0x_1F", "+0x10",
    "-0x10", "0X1F", "0B11", "0O17", "1e-400", "0.", "-.5", "+", "-+1", "1-2", "1 2", "0 ",
    "key with space", "key:colon", "UPPER", "a\\nb", "tab\tin key", "\t", "\tlead", "trail\t",
    "x #y", "x# y", "[", "]", "{", "}", ",", "!", "&", "*", "%", "@", "`", "'", '"', "a,", "a]",
    "a}", "a[", "a{", "a?", "a!", "a&", "a*", "a%", "a@", "a`", "a|", "a>", "- ", "-\t",
    "ok\u00e9\u00e8", "\u0430\u0431\u0432", "\u202e", "\u200b", "\u00ad", "\U00010000",
]

WORDS = ["a", "to", "the", "word", "quick", "brown", "jumped", "lazy", "over", "dogs", "x",
         "elephant", "configuration", "kubernetes.io/name", "value-with-dash", "é", "日本語",
         "supercalifragilisticexpialidocious", "12345", "ab", "abc"]


def long_strings():
    rnd = random.Random(20261126)
    out = []
    for n in range(60):
        target = rnd.choice([70, 78, 79, 80, 81, 82, 85, 90, 120, 160, 200, 300])
        words = []
        while len(" ".join(words)) < target:
            words.append(rnd.choice(WORDS))
        s = " ".join(words)
        kind = n % 12
        if kind == 1:
            s = s.replace(" ", "  ", 3)  # some double spaces
        elif kind == 2:
            s = " " + s  # leading space -> quoted
        elif kind == 3:
            s = s + " "  # trailing space -> quoted
        elif kind == 4:
            s = "&" + s  # indicator -> single quoted
        elif kind == 5:
            s = s.replace(" ", "\t", 1)  # tab -> double quoted
        elif kind == 6:
            s = s + "\n" + s  # literal block, no folding
        elif kind == 7:
            s = s.replace(" ", " \n", 1)  # space before break -> double quoted
        elif kind == 8:
            s = "a: " + s  # ': ' -> single quoted
        elif kind == 9:
            s = s.replace(" ", "   ", 2)
        elif kind == 10:
            s = "'" + s + "'"
        elif kind == 11:
            s = s.replace(" ", "\u00a0 ", 2)
        out.append(s)
    # Exact boundary shapes: a word ending at columns 78..83 followed by another word.
    for width in range(74, 86):
        out.append("k" * width + " next words here")
        out.append("w " * (width // 2) + "end of the line")
    out.append("x" * 200)  # one long word never folds
    out.append(("word " * 40).strip())
    out.append("a  b" + " c" * 60)
    out.append("&" + "x" * 90 + " " + "y" * 10)
    out.append('"' + ("z " * 60) + '"')
    return out


NUMBERS = [0, -0.0, 1, 1.5, 1e6, 1234567, 123456, 1e20, 1e21, 1e22, 1e-5, 1.23e-7, 1e-6, 1e-7,
           9.999999e-7, 12345678901234567890, 9007199254740993, 9223372036854775807,
           9223372036854775808, 18446744073709551615, 18446744073709551616, 1e15, 1e16, 1e17,
           123456789012, 0.1, 0.30000000000000004, 1 / 3, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, -1e21, -1e20, -9223372036854775808, 100, 3.0, 2.5e-5,
           123456789.123, -123.456e10, 3.4028234663852886e+38, 3.4028235e+38, 0.000001,
           0.0000015, 1e100, 4611686018427387904, 999999999999999999, 1e-300, 65536.5,
           -1.5, 2e-3, 1.0e5, 100000.5, 1000000.5, 12345678.9, 9.999999999999999e20,
           999999999999999900000, 1.0000000000000001e21, 9.99999999999e-7, -5e-324, -2.5e-310,
           1e23, 8.41e21, 5e-7, 123e-20, 0.000123, 1.5e300, 2 ** 53, 2 ** 53 + 2, 2 ** 63 - 1024,
           2 ** 64 - 2048, 2 ** 64, 1e19, 1.8e19, 1.9e19]


def all_cases():
    cases = []

    def add(prefix, value, **kw):
        c = {"id": "%s%03d" % (prefix, len([x for x in cases if x["id"].startswith(prefix)])), "value": value}
        c.update(kw)
        cases.append(c)

    for s in QUOTING:
        add("qr", s)  # root scalar
        add("qv", {"k": s})  # map value
        add("qk", {s: 1})  # map key
        add("ql", {"l": [s, {"n": s}]})  # sequence item under a key, and a nested map
    for s in long_strings():
        add("lr", s)
        add("lv", {"key": s})
        add("ln", {"a": {"b": {"c": [{"d": s}]}}})
        add("lk", {s: "v"})
        add("ll", [s, [s]])
    for x in NUMBERS:
        add("nr", x)
        add("nv", {"n": [x]})
    for i in [0, -1, 1, 7, 1000000, 2147483647]:
        add("ir", {"$int": i})
    for i in ["9223372036854775807", "-9223372036854775808", "42", "-7"]:
        add("il", {"$expr": True, "v": {"x": [{"$int64": i}]}})
    for b in ["", "aGk=", "AAEC/w==", "PD4m", "wA==", "YQpi"]:
        add("by", {"$bytes": b})
        add("bv", {"$expr": True, "v": {"k": [{"$bytes": b}]}})
    for f in ["NaN", "+Inf", "-Inf"]:
        add("er", {"$float": f}, error=True)
        add("ev", {"$expr": True, "v": {"a": {"b": [{"$float": f}]}}}, error=True)
    # Not here: key sets on which go-yaml's order is not transitive ("10" < "1a" < "9" < "10");
    # Go starts sorting from its random map order, so Helm's own output varies between runs.
    structures = [
        None, True, False, {}, [], {"a": {}}, {"a": []}, [[]], [{}], [[1, 2], [3]], [[[1]]],
        {"a": [[1, 2], {"b": [3]}]}, [{"a": 1, "b": [1, 2]}, {"c": {"d": "e"}}],
        {"z": 1, "a": 2, "m": {"y": 1, "b": [True, False, None]}},
        {"$expr": True, "v": {"n": None, "m": {"x": None}, "l": [None]}},
        {"$expr": True, "v": [None, {"a": None}]},
        {"a": {"b": {"c": {"d": {"e": {"f": {"g": "deep"}}}}}}},
        {"foo": "bar"}, {"baz": [1, 2, 3]}, {"v": "hi"}, {"v": "true"}, {"v": "false"},
        {"v": True}, {"v": False}, {"v": 10}, {"v": -10}, {"v": "10"}, {"v": 0.1}, {"v": -0.1},
        {"v": ""}, {"v": ["A", "B"]}, {"v": ["A", "B\nC"]}, {"v": ["A", 1, {"B": [2, 3]}]},
        {"a": {"b": "c"}}, {"a": "-"}, {"a": "<foo>"}, {"a": "1:1"}, {"a": "\x00"},
        {"a": "你好"}, {"a": "2015-02-24T18:19:39Z"}, {"a": "b: c"}, {"a": "Hello #comment"},
        {"a": "你好 #comment"},
        {"a": "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 "},
        {"A": "a", "B": {"$int64": "9223372036854775807"}, "C": 3.4028234663852886e+38},
        {"resources": {"limits": {"cpu": "100m", "memory": "128Mi"}, "requests": {"cpu": 0.5, "memory": "64Mi"}}},
        {"annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090", "checksum/config": "abc"}},
        {"env": [{"name": "A", "value": "1"}, {"name": "B", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}]},
        {"s": "<a>&</a>", "u": "\u2028\u2029", "c": "\x1f\x7f", "q": "\"\\/"},
        [1, "two", 3.5, True, None],
        {"a_b": 1, "aZ": 2, "a:": 3, "a1": 4, "a01": 5, "a10": 6, "a2": 7, "A": 8, "_": 9, "-": 10,
         "1": 11, "z": 12, "é": 13, "a-b": 14, "a.b": 15, "a/b": 16, "a9b": 17, "a09": 18,
         "a009": 19, "b1a": 20, "b1_": 21, "b1A": 22, "1_": 24, "10": 25, "9": 26,
         "": 27, " ": 28, "~": 29, "日": 30, "Z": 31, "z1": 32, "z01": 33, "z001": 34, "Ab": 35,
         "aB": 36, "ab": 37, "x-1": 38, "x-10": 39, "x-2": 40, "x.1.2": 41, "x.1.10": 42},
    ]
    for v in structures:
        add("st", v)
    for v in random_strings():
        add("rs", v)
    for v in complex_and_round_trip():
        add("cx", v)
    for s in fold_shapes():
        for depth in range(0, 7):
            v = s
            for d in range(depth):
                v = {"k%d" % d: v} if d % 2 == 0 else [v]
            add("fd", v)
    return cases


def complex_and_round_trip():
    long_key = "k" * 129
    words_key = ("word " * 40).strip()
    out = [
        {long_key: {"a": 1}}, {long_key: [1, 2]}, {long_key: "v"}, {long_key: {}}, {long_key: []},
        {"k" * 128: "simple"}, {"é" * 64: "simple"}, {"é" * 65: "complex"},
        {words_key: "v"}, {words_key: {"x": [1, {"y": 2}]}}, {"a": {words_key: ["z"]}},
        {"multi\nline": {"a": [1]}}, {"a\nb\n": "v"}, {"a\nb": ["x"]}, {"a\n": {"b": "c"}},
        {"trailing \nkey": 1}, {"tab\tkey\nx": 1}, {"": {"": ""}},
        {"x" * 1022: 1}, {"x" * 1023: 1}, {"<" * 170: 1}, {"<" * 171: 1}, {"é" * 1022: 1},
        {"é" * 1023: 1}, {"a": {"y" * 1100: 1}},
        {"a\u0085b": 1}, {"z": "\u0085", "a\u0085\u0085b": 1},
        {"a": "x\u0085y", "b": {"c\u0085d": 1}}, {"a": "x\u0085y", "b": {"c" * 1100: 1}},
        "a\u0085--- b", "a\u0085...\u0085", "a\u0085 --- b", "a\u0085---", "\u0085--- x",
        ["ok", "a\u0085\u0085--- x"],
        "a \u0085 b", "a\u0085\u0085\u0085b", "\u0085a", "a\u0085", " \u0085 ", "a\u0085\u0085",
        "x\u0085y\nz", {"k": "a  \u0085  b"},
        "\u0080", "\u009f", "\ufffe", "\uffff", {"k": ["\u0090"]}, {"\u0099": 1},
        ["\u0085", "\u0080"], ["\u0080", "\u0085"],
    ]
    return out


def fold_shapes():
    base = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau"
    return [
        base,
        base + " " + base,
        "\t" + base,
        base.replace(" ", "  "),
        "&" + base,
        "'" + base + "'",
        "a: " + base,
        base + "\n" + base,
        base + " \n" + base,
        base.replace("mu", "mu\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"),
        base.replace("mu", "\U0001F600"),
        "x" * 79 + " y",
        "x" * 80 + " y",
        "x" * 81 + " y",
        "x" * 78 + " y z",
        "x" * 78 + "  y z",
        "x" * 79 + "  y",
        "x" * 85 + " " + "y" * 85 + " " + "z" * 85,
    ]


def random_strings():
    """Random mixes of the characters the scalar analysis and the writers care about."""
    rnd = random.Random(7)
    alphabet = (["a", "b", "Z", "0", "1", "9", " ", " ", " ", "  ", ":", "#", "-", "?", "'", '"',
                 "\\", "\n", "\n", "\t", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@",
                 "`", ".", "~", "\u00e9", "\u00a0", "\u2028", "\U0001F600", "\r", "yes", "null",
                 "1e3", "0x", "---", "...", "word", "longerword"])
    out = []
    for n in range(300):
        length = rnd.choice([1, 2, 3, 5, 8, 13, 30, 60, 100])
        s = "".join(rnd.choice(alphabet) for _ in range(length))
        shape = n % 4
        if shape == 0:
            out.append(s)
        elif shape == 1:
            out.append({"k": {"n": s}})
        elif shape == 2:
            out.append({s: [s]})
        else:
            out.append([{"a": s, "b": [s, {"c": s}]}])
    return out
