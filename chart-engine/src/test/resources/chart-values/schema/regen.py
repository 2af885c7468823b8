#!/usr/bin/env python3
"""Regenerates schema/cases.yaml: a chart 'sch' (optionally with a subchart 'child') with a
values.schema.json and values, and the reference helm v4.1.4's error text (null when valid).
Each case fails in at most one property per schema, so Helm's (random) map order cannot show.
Usage: regen.py /path/to/helm"""
import os, shutil, subprocess, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
HELM = sys.argv[1]
D7 = '"$schema": "http://json-schema.org/draft-07/schema#", '
D4 = '"$schema": "http://json-schema.org/draft-04/schema#", '
D2019 = '"$schema": "https://json-schema.org/draft/2019-09/schema", '
CASES = [
  ('enum', '{"properties": {"architecture": {"enum": ["standalone", "replication"]}}}', 'architecture: foo\n'),
  ('enum-ok', '{"properties": {"architecture": {"enum": ["standalone", "replication"]}}}', 'architecture: standalone\n'),
  ('enum-one', '{"properties": {"m": {"enum": ["only"]}}}', 'm: other\n'),
  ('enum-mixed', '{"properties": {"p": {"enum": [1.5, true, null, "s"]}}}', 'p: 2\n'),
  ('enum-object', '{"properties": {"e": {"enum": [1, {"a": 2}]}}}', 'e: 3\n'),
  ('const', '{"properties": {"c": {"const": "x"}}}', 'c: y\n'),
  ('const-number-literal', '{"properties": {"p": {"const": 1e21}}}', 'p: 2\n'),
  ('const-object', '{"properties": {"d": {"const": {"x": 1}}}}', 'd: {x: 2}\n'),
  ('const-equal-number', '{"properties": {"d": {"const": 2.0}}}', 'd: 2\n'),
  ('type-integer', '{"properties": {"replicas": {"type": "integer"}}}', 'replicas: 7.5\n'),
  ('type-integer-ok', '{"properties": {"replicas": {"type": "integer"}}}', 'replicas: 7.0\n'),
  ('type-list', '{"properties": {"v": {"type": ["string", "integer"]}}}', 'v: 1.5\n'),
  ('type-root', '{"type": "object", "properties": {"a": {"type": "boolean"}}}', 'a: "yes"\n'),
  ('required-one', '{"required": ["name", "x"]}', 'name: a\n'),
  ('required-many', '{"required": ["a", "b"]}', 'c: 1\n'),
  ('min-max-group', '{"properties": {"f": {"maximum": 3, "exclusiveMaximum": 2, "minimum": 10, "exclusiveMinimum": 9}}}', 'f: 5\n'),
  ('multipleOf', '{"properties": {"num": {"multipleOf": 2}}}', 'num: 3\n'),
  ('multipleOf-ok', '{"properties": {"num": {"multipleOf": 0.5}}}', 'num: 2.5\n'),
  ('string-group', '{"properties": {"name": {"type": "string", "minLength": 3, "pattern": "^[a-z]+$"}}}', 'name: AB\n'),
  ('maxLength-runes', '{"properties": {"s": {"maxLength": 2}}}', 's: "héé"\n'),
  ('pattern-quote', '{"properties": {"p": {"pattern": "^a"}}}', "p: \"it's\"\n"),
  ('array-group', '{"properties": {"tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2, "uniqueItems": true}}}', 'tags: [a, a, 3]\n'),
  ('minItems', '{"properties": {"r": {"minItems": 2}}}', 'r: [1]\n'),
  ('additionalProperties', '{"properties": {"obj": {"type": "object", "additionalProperties": false, "properties": {"a": {"type": "boolean"}}}}}', 'obj: {a: 1, b: 2, c: 3}\n'),
  ('patternProperties', '{"properties": {"o": {"patternProperties": {"^x": {"type": "string"}}}}}', 'o: {xa: 1, y: 2}\n'),
  ('anyOf', '{"properties": {"any": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}', 'any: true\n'),
  ('oneOf-none', '{"properties": {"one": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}', 'one: 1.5\n'),
  ('oneOf-two', '{"properties": {"o": {"oneOf": [{"type": "integer"}, {"minimum": 0}]}}}', 'o: 3\n'),
  ('allOf', '{"properties": {"b": {"allOf": [{"type": "string"}, {"minLength": 5}]}}}', 'b: abc\n'),
  ('not', '{"properties": {"a": {"not": {"type": "string"}}}}', 'a: str\n'),
  ('if-then-else', '{"properties": {"c": {"if": {"type": "string"}, "then": {"maxLength": 1}, "else": {"type": "boolean"}}}}', 'c: 5\n'),
  ('if-then', '{"properties": {"c": {"if": {"type": "string"}, "then": {"maxLength": 1}}}}', 'c: abc\n'),
  ('object-group', '{"properties": {"g": {"minProperties": 3, "maxProperties": 0, "dependentRequired": {"x": ["y", "z"]}, "propertyNames": {"maxLength": 1}}}}', 'g: {x: 1, long: 2}\n'),
  ('contains-min', '{"properties": {"h": {"contains": {"type": "string"}, "minContains": 2}}}', 'h: [1]\n'),
  ('contains', '{"properties": {"h": {"contains": {"type": "string"}}}}', 'h: [1, 2]\n'),
  ('maxContains', '{"properties": {"h": {"contains": {"type": "string"}, "maxContains": 1}}}', 'h: [a, b, 1]\n'),
  ('false-schema', '{"properties": {"i": false}}', 'i: 1\n'),
  ('ref-defs', '{"$defs": {"pos": {"type": "integer", "minimum": 1}}, "properties": {"j": {"$ref": "#/$defs/pos"}}}', 'j: 0\n'),
  ('ref-and-sibling', '{"$defs": {"pos": {"type": "integer", "minimum": 1}}, "properties": {"q": {"$ref": "#/$defs/pos", "maximum": 0}}}', 'q: 0.5\n'),
  ('ref-missing', '{"$ref": "#/nope"}', 'a: 1\n'),
  ('prefixItems-quirk', '{"properties": {"k": {"prefixItems": [{"type": "string"}], "items": false}}}', 'k: [a, b]\n'),
  ('unevaluatedProperties', '{"properties": {"l": {"type": "object", "unevaluatedProperties": false, "properties": {"p": true}}}}', 'l: {p: 1, u: 2}\n'),
  ('unevaluated-allOf', '{"properties": {"l": {"allOf": [{"properties": {"a": true}}], "unevaluatedProperties": false}}}', 'l: {a: 1, b: 2}\n'),
  ('nested-location', '{"properties": {"a": {"properties": {"b/c": {"properties": {"d~e": {"type": "string"}}}}}}}', 'a: {"b/c": {"d~e": 1}}\n'),
  ('draft7-items-tuple', '{' + D7 + '"properties": {"x": {"items": [{"type":"string"}], "additionalItems": false}}}', 'x: [a, b, c]\n'),
  ('draft7-ref-ignores-siblings', '{' + D7 + '"definitions": {"s": {"type": "string"}}, "properties": {"x": {"$ref": "#/definitions/s", "maxLength": 1}}}', 'x: abc\n'),
  ('draft7-dependencies', '{' + D7 + '"properties": {"o": {"dependencies": {"a": ["b"]}}}}', 'o: {a: 1}\n'),
  ('draft4-exclusive', '{' + D4 + '"properties": {"x": {"minimum": 5, "exclusiveMinimum": true}}}', 'x: 5\n'),
  ('draft2019-items', '{' + D2019 + '"properties": {"x": {"items": {"type": "string"}}}}', 'x: [a, 1]\n'),
  ('format-email-draft7', '{' + D7 + '"properties": {"f": {"format": "email"}}}', 'f: nope\n'),
  ('format-email-domain', '{' + D7 + '"properties": {"f": {"format": "email"}}}', 'f: a@-b.com\n'),
  ('format-email-char', '{' + D7 + '"properties": {"f": {"format": "email"}}}', 'f: "a b@c.com"\n'),
  ('format-email-2020-not-asserted', '{"properties": {"f": {"format": "email"}}}', 'f: nope\n'),
  ('format-ipv4', '{' + D7 + '"properties": {"f": {"format": "ipv4"}}}', 'f: "1.2.3.256"\n'),
  ('format-ipv4-zeros', '{' + D7 + '"properties": {"f": {"format": "ipv4"}}}', 'f: "01.2.3.4"\n'),
  ('format-hostname', '{' + D7 + '"properties": {"f": {"format": "hostname"}}}', 'f: "a_b.com"\n'),
  ('format-uuid', '{' + D7 + '"properties": {"f": {"format": "uuid"}}}', 'f: "1234-5"\n'),
  ('format-uuid-hex', '{' + D7 + '"properties": {"f": {"format": "uuid"}}}', 'f: "g2345678-1234-1234-1234-123456789012"\n'),
  ('format-non-string', '{' + D7 + '"properties": {"f": {"format": "email"}}}', 'f: 5\n'),
  ('schema-latest-alias', '{"$schema": "http://json-schema.org/schema#", "properties": {"f": {"format": "email", "type": "string"}}}', 'f: nope\n'),
  ('invalid-json', 'invalid json', 'a: 1\n'),
  ('valid', '{"type": "object", "properties": {"a": {"type": "integer"}}}', 'a: 1\n'),
  ('null-value-type', '{"properties": {"a": {"type": "string"}}}', 'a: null\n'),
  ('anchor-ref', '{"$defs": {"x": {"$anchor": "foo", "type": "string"}}, "properties": {"a": {"$ref": "#foo"}}}', 'a: 1\n'),
  # numbers go through golang.org/x/text: grouped digits, superscript powers of ten
  ('num-grouped', '{"properties": {"p": {"maximum": 65535}}}', 'p: 70000\n'),
  ('num-exponent', '{"properties": {"p": {"maximum": 1234567.5}}}', 'p: 2345678.25\n'),
  ('num-fraction', '{"properties": {"p": {"minimum": 0.25}}}', 'p: 0.125\n'),
  ('num-big-exponent', '{"properties": {"p": {"maximum": 1e21}}}', 'p: 2e22\n'),
  ('num-negative-exponent', '{"properties": {"p": {"minimum": 1e-7}}}', 'p: 1e-9\n'),
  ('num-negative-grouped', '{"properties": {"p": {"minimum": -1000}}}', 'p: -123456\n'),
  ('num-multiple-of', '{"properties": {"p": {"multipleOf": 0.1}}}', 'p: 0.15\n'),
  ('num-exclusive', '{"properties": {"p": {"exclusiveMaximum": 100000000}}}', 'p: 123456789012\n'),
  ('count-grouped-length', '{"properties": {"s": {"minLength": 1500}}}', 's: abc\n'),
  ('count-grouped-items', '{"properties": {"l": {"minItems": 2000}}}', 'l: [1, 2]\n'),
]
SUB = [
  ('subchart-errors', '{"required": ["top"]}', 'child: {v: 1}\n', '{"properties": {"v": {"type": "string"}}}', 'v: ok\n'),
  ('subchart-only', None, '', '{"properties": {"v": {"type": "string"}}}', 'v: 1\n'),
  ('subchart-not-map', None, 'child: 3\n', '{"properties": {"v": {"type": "string"}}}', 'v: ok\n'),
]
def write_chart(d, name, schema, values):
    os.makedirs(d + '/templates', exist_ok=True)
    open(d + '/Chart.yaml', 'w').write('apiVersion: v2\nname: %s\nversion: 1.0.0\n' % name)
    open(d + '/values.yaml', 'w').write(values)
    if schema is not None:
        open(d + '/values.schema.json', 'w').write(schema)
def run(d):
    r = subprocess.run([HELM, 'template', 'x', d], capture_output=True, text=True)
    if r.returncode == 0:
        return None
    i = r.stderr.index('Error: ')
    return r.stderr[i + 7:].removesuffix('\n')
rows = []
for name, schema, values in CASES:
    d = '/tmp/capstan-schema-regen/sch'
    shutil.rmtree(d, ignore_errors=True)
    write_chart(d, 'sch', schema, values)
    rows.append({'name': name, 'schema': schema, 'values': values, 'error': run(d)})
for name, schema, values, cschema, cvalues in SUB:
    d = '/tmp/capstan-schema-regen/sch'
    shutil.rmtree(d, ignore_errors=True)
    write_chart(d, 'sch', schema, values)
    write_chart(d + '/charts/child', 'child', cschema, cvalues)
    rows.append({'name': name, 'schema': schema, 'values': values, 'childSchema': cschema, 'childValues': cvalues,
                 'error': run(d)})
with open(os.path.join(HERE, 'cases.yaml'), 'w') as f:
    f.write('# Generated by regen.py from the reference helm v4.1.4; error is the text after "Error: ".\n')
    yaml.safe_dump(rows, f, sort_keys=False, allow_unicode=True, width=200)
