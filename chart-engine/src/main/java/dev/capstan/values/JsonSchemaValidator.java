package dev.capstan.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A JSON Schema validator (drafts 4, 6, 7, 2019-09 and 2020-12; 2020-12 without {@code $schema})
 * whose failures read exactly like santhosh-tekuri/jsonschema v6, the library Helm 4 uses: the
 * same evaluation order, grouping ({@code validation failed}), keyword messages and locations,
 * including its quirks (items after {@code prefixItems} are reported at their index relative to
 * the first unprefixed item).
 *
 * <p>Differences, by choice: object properties are evaluated in sorted order (Go iterates maps
 * randomly, so Helm's order of several errors varies from run to run); of the formats, which
 * the library asserts for drafts 4 to 7 only, just email, hostname, ipv4 and uuid are checked; the schema itself is not checked against its metaschema; remote references
 * ({@code http(s)://}, {@code file:}) are refused, unresolved {@code urn:} references allow
 * everything (as in Helm); patterns use java.util.regex.
 */
final class JsonSchemaValidator {
    static final String ROOT_URL = SchemaDocument.ROOT_URL;
    private static final List<String> TYPE_ORDER =
            List.of("null", "boolean", "number", "integer", "string", "array", "object");

    private final SchemaDocument doc;
    private final Object root;
    private final int draft;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    private JsonSchemaValidator(SchemaDocument doc) {
        this.doc = doc;
        this.root = doc.root;
        this.draft = doc.draft;
    }

    /** Parses a schema; the message of a failure is what Helm prints for it. */
    static JsonSchemaValidator compile(byte[] schemaJson) {
        return new JsonSchemaValidator(SchemaDocument.parse(schemaJson));
    }

    private Object resolveRef(Object from, String ref) {
        return doc.resolveRef(from, ref);
    }

    // ---- validation ----

    /** Validates; returns null when valid, else the error text as Helm prints it (with a final newline). */
    String validate(Object value) {
        Scope top = new Scope(root, 0, null);
        SchemaError err = validate(root, value, new ArrayList<>(), top, null);
        if (err == null) {
            return null;
        }
        SchemaError wrapper = new SchemaError(SchemaError.Kind.SCHEMA, null,
                "jsonschema validation failed with '" + ROOT_URL + "#'");
        if (err.kind == SchemaError.Kind.GROUP) {
            wrapper.causes.addAll(err.causes);
        } else {
            wrapper.causes.add(err);
        }
        StringBuilder sb = new StringBuilder();
        wrapper.display(sb, 0);
        String text = sb.toString();
        String prefix = "jsonschema validation failed with '" + ROOT_URL + "#'\n";
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        return text + "\n";
    }

    private record Scope(Object schema, int vid, Scope parent) {
    }

    /** Which properties / items of the current instance no keyword has evaluated yet. */
    private static final class Uneval {
        Set<String> props;
        Set<Integer> items;

        static Uneval of(Object v, boolean needed) {
            Uneval u = new Uneval();
            if (!needed) {
                return u;
            }
            if (v instanceof Map<?, ?> m) {
                u.props = new LinkedHashSet<>();
                m.keySet().forEach(k -> u.props.add((String) k));
            } else if (v instanceof List<?> l) {
                u.items = new LinkedHashSet<>();
                for (int i = 0; i < l.size(); i++) {
                    u.items.add(i);
                }
            }
            return u;
        }

        void keepOnly(Uneval other) {
            if (props != null && other.props != null) {
                props.retainAll(other.props);
            }
            if (items != null && other.items != null) {
                items.retainAll(other.items);
            }
        }

        boolean isEmpty() {
            return (props == null || props.isEmpty()) && (items == null || items.isEmpty());
        }
    }

    private final class Run {
        final Object schema;
        final Map<?, ?> s;
        final Object v;
        final List<String> loc;
        final Scope scope;
        final Uneval uneval;
        final List<SchemaError> errors = new ArrayList<>();

        Run(Object schema, Object v, List<String> loc, Scope scope, Uneval uneval) {
            this.schema = schema;
            this.s = schema instanceof Map<?, ?> m ? m : Map.of();
            this.v = v;
            this.loc = loc;
            this.scope = scope;
            this.uneval = uneval;
        }

        SchemaError error(String message) {
            return new SchemaError(SchemaError.Kind.OTHER, loc, message);
        }

        void add(String message) {
            errors.add(error(message));
        }

        void add(SchemaError e) {
            if (e != null) {
                errors.add(e);
            }
        }

        void addAll(List<SchemaError> causes, String message) {
            SchemaError e = error(message);
            e.causes.addAll(causes);
            errors.add(e);
        }

        SchemaError self(Object sch, Uneval[] out) {
            Uneval u = Uneval.of(v, !uneval.isEmpty() || needsUneval(sch));
            Scope sc = new Scope(sch, scope.vid, scope);
            SchemaError e = validateIn(sch, v, loc, sc, u);
            if (e == null) {
                uneval.keepOnly(u);
                if (out != null) {
                    out[0] = u;
                }
            }
            return e;
        }

        SchemaError val(Object sch, Object value, String token) {
            List<String> l = new ArrayList<>(loc);
            l.add(token);
            return validateIn(sch, value, l, new Scope(sch, scope.vid + 1, scope), Uneval.of(value, needsUneval(sch)));
        }

        SchemaError ref(Object target, String keyword) {
            SchemaError e = self(target, null);
            if (e == null) {
                return null;
            }
            SchemaError r = new SchemaError(SchemaError.Kind.REFERENCE, loc, "validation failed");
            if (e.kind == SchemaError.Kind.GROUP) {
                r.causes.addAll(e.causes);
            } else {
                r.causes.add(e);
            }
            return r;
        }
    }

    private boolean needsUneval(Object sch) {
        return draft >= 2019 && sch instanceof Map<?, ?> m
                && (m.containsKey("unevaluatedProperties") || m.containsKey("unevaluatedItems"));
    }

    private SchemaError validate(Object sch, Object v, List<String> loc, Scope scope, Uneval u) {
        return validateIn(sch, v, loc, scope, u == null ? Uneval.of(v, needsUneval(sch)) : u);
    }

    private SchemaError validateIn(Object sch, Object v, List<String> loc, Scope scope, Uneval uneval) {
        if (sch instanceof Boolean b) {
            return b ? null : new SchemaError(SchemaError.Kind.OTHER, loc, "false schema");
        }
        if (!(sch instanceof Map<?, ?>)) {
            return null;
        }
        for (Scope p = scope.parent; p != null && p.vid == scope.vid; p = p.parent) {
            if (p.schema == sch) {
                return new SchemaError(SchemaError.Kind.OTHER, loc, "reference cycle");
            }
        }
        Run r = new Run(sch, v, loc, scope, uneval);
        Map<?, ?> s = r.s;
        String t = SchemaValues.typeOf(v);
        if (draft < 2019 && s.get("$ref") instanceof String onlyRef) {
            // before 2019-09 a $ref replaces every sibling keyword
            return r.ref(resolveRef(sch, onlyRef), "$ref");
        }

        Object type = s.get("type");
        if (type != null) {
            List<String> want = new ArrayList<>();
            if (type instanceof String ts) {
                want.add(ts);
            } else if (type instanceof List<?> tl) {
                tl.forEach(x -> want.add(String.valueOf(x)));
            }
            if (!want.isEmpty()) {
                // the library prints the wanted types in its own order, not the schema's
                want.sort(java.util.Comparator.comparingInt(TYPE_ORDER::indexOf));
                boolean ok = want.contains(t) || (want.contains("integer") && t.equals("number") && SchemaValues.isInteger(v));
                if (!ok) {
                    return r.error("got " + t + ", want " + String.join(" or ", want));
                }
            }
        }
        if (s.containsKey("const") && (draft >= 6)) {
            Object want = s.get("const");
            if (!SchemaValues.jsonEquals(v, want)) {
                return r.error(want instanceof Map<?, ?> || want instanceof List<?> ? "'const' failed"
                        : "value must be " + SchemaValues.display(want));
            }
        }
        if (s.get("enum") instanceof List<?> en) {
            boolean matched = false;
            for (Object item : en) {
                if (SchemaValues.jsonEquals(v, item)) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                boolean primitive = en.stream().noneMatch(x -> x instanceof Map<?, ?> || x instanceof List<?>);
                if (!primitive) {
                    return r.error("'enum' failed");
                }
                if (en.size() == 1) {
                    return r.error("value must be " + SchemaValues.display(en.get(0)));
                }
                List<String> parts = new ArrayList<>();
                en.forEach(x -> parts.add(SchemaValues.display(x)));
                return r.error("value must be one of " + String.join(", ", parts));
            }
        }
        if (draft <= 7 && s.get("format") instanceof String format && v instanceof String str) {
            String why = SchemaFormats.check(format, str);
            if (why != null) {
                return r.error(SchemaValues.display(v) + " is not valid " + format + ": " + why);
            }
        }
        if (s.get("$ref") instanceof String ref) {
            SchemaError e = r.ref(resolveRef(sch, ref), "$ref");
            if (draft < 2019) {
                return e;
            }
            r.add(e);
        }
        if (v instanceof Map<?, ?> obj) {
            objValidate(r, obj);
        } else if (v instanceof List<?> arr) {
            arrValidate(r, arr);
        } else if (v instanceof String str) {
            strValidate(r, str);
        } else if (t.equals("number")) {
            numValidate(r, v);
        }
        if (draft >= 2019 && s.get("$dynamicRef") instanceof String dref) {
            r.add(r.ref(resolveRef(sch, dref), "$dynamicRef"));
        }
        if (draft == 2019 && s.get("$recursiveRef") instanceof String rref) {
            r.add(r.ref(resolveRef(sch, rref), "$recursiveRef"));
        }
        condValidate(r);
        if (draft >= 2019) {
            unevalValidate(r);
        }
        if (r.errors.isEmpty()) {
            return null;
        }
        if (r.errors.size() == 1) {
            return r.errors.get(0);
        }
        SchemaError g = new SchemaError(SchemaError.Kind.GROUP, loc, "validation failed");
        g.causes.addAll(r.errors);
        return g;
    }

    private void objValidate(Run r, Map<?, ?> obj) {
        Map<?, ?> s = r.s;
        Integer minP = SchemaValues.intOf(s.get("minProperties"));
        if (minP != null && obj.size() < minP) {
            r.add("minProperties: got " + SchemaValues.num(obj.size()) + ", want " + SchemaValues.num(minP));
        }
        Integer maxP = SchemaValues.intOf(s.get("maxProperties"));
        if (maxP != null && obj.size() > maxP) {
            r.add("maxProperties: got " + SchemaValues.num(obj.size()) + ", want " + SchemaValues.num(maxP));
        }
        if (s.get("required") instanceof List<?> req && !req.isEmpty()) {
            List<String> missing = SchemaValues.missing(obj, req);
            if (!missing.isEmpty()) {
                r.add(missing.size() == 1 ? "missing property " + SchemaError.quote(missing.get(0))
                        : "missing properties " + SchemaValues.joinQuoted(missing));
            }
        }
        if (draft <= 7 && s.get("dependencies") instanceof Map<?, ?> deps) {
            for (String pname : SchemaValues.sortedKeys(deps)) {
                if (!obj.containsKey(pname)) {
                    continue;
                }
                Object dep = deps.get(pname);
                if (dep instanceof List<?> l) {
                    List<String> missing = SchemaValues.missing(obj, l);
                    if (!missing.isEmpty()) {
                        r.add("properties " + SchemaValues.joinQuoted(missing) + " required, if " + SchemaError.quote(pname) + " exists");
                    }
                } else {
                    r.add(r.self(dep, null));
                }
            }
        }
        Map<?, ?> props = s.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        Map<?, ?> patternProps = s.get("patternProperties") instanceof Map<?, ?> p ? p : Map.of();
        Object additional = s.get("additionalProperties");
        List<String> additionalProps = new ArrayList<>();
        for (String pname : SchemaValues.sortedKeys(obj)) {
            Object pvalue = obj.get(pname);
            boolean evaluated = false;
            if (props.containsKey(pname)) {
                evaluated = true;
                r.add(r.val(props.get(pname), pvalue, pname));
            }
            for (String regex : SchemaValues.sortedKeys(patternProps)) {
                if (pattern(regex).matcher(pname).find()) {
                    evaluated = true;
                    r.add(r.val(patternProps.get(regex), pvalue, pname));
                }
            }
            if (!evaluated && additional != null) {
                evaluated = true;
                if (additional instanceof Boolean b) {
                    if (!b) {
                        additionalProps.add(pname);
                    }
                } else {
                    r.add(r.val(additional, pvalue, pname));
                }
            }
            if (evaluated && r.uneval.props != null) {
                r.uneval.props.remove(pname);
            }
        }
        if (!additionalProps.isEmpty()) {
            r.add("additional properties " + SchemaValues.joinQuoted(additionalProps) + " not allowed");
        }
        if (draft == 4) {
            return;
        }
        if (s.containsKey("propertyNames")) {
            Object pn = s.get("propertyNames");
            for (String pname : SchemaValues.sortedKeys(obj)) {
                SchemaError e = validate(pn, pname, new ArrayList<>(), new Scope(pn, 0, null), null);
                if (e != null) {
                    SchemaError wrapped = new SchemaError(SchemaError.Kind.OTHER, null,
                            "invalid propertyName " + SchemaError.quote(pname));
                    if (e.kind == SchemaError.Kind.GROUP) {
                        wrapped.causes.addAll(e.causes);
                    } else {
                        wrapped.causes.add(e);
                    }
                    r.add(wrapped);
                }
            }
        }
        if (draft == 6 || draft == 7) {
            return;
        }
        if (s.get("dependentSchemas") instanceof Map<?, ?> ds) {
            for (String pname : SchemaValues.sortedKeys(ds)) {
                if (obj.containsKey(pname)) {
                    r.add(r.self(ds.get(pname), null));
                }
            }
        }
        if (s.get("dependentRequired") instanceof Map<?, ?> dr) {
            for (String pname : SchemaValues.sortedKeys(dr)) {
                if (obj.containsKey(pname) && dr.get(pname) instanceof List<?> l) {
                    List<String> missing = SchemaValues.missing(obj, l);
                    if (!missing.isEmpty()) {
                        r.add("properties " + SchemaValues.joinQuoted(missing) + " required, if " + SchemaError.quote(pname) + " exists");
                    }
                }
            }
        }
    }

    private void arrValidate(Run r, List<?> arr) {
        Map<?, ?> s = r.s;
        Integer minI = SchemaValues.intOf(s.get("minItems"));
        if (minI != null && arr.size() < minI) {
            r.add("minItems: got " + SchemaValues.num(arr.size()) + ", want " + SchemaValues.num(minI));
        }
        Integer maxI = SchemaValues.intOf(s.get("maxItems"));
        if (maxI != null && arr.size() > maxI) {
            r.add("maxItems: got " + SchemaValues.num(arr.size()) + ", want " + SchemaValues.num(maxI));
        }
        if (Boolean.TRUE.equals(s.get("uniqueItems")) && arr.size() > 1) {
            outer:
            for (int i = 1; i < arr.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (SchemaValues.jsonEquals(arr.get(i), arr.get(j))) {
                        r.add("items at " + SchemaValues.num(j) + " and " + SchemaValues.num(i) + " are equal");
                        break outer;
                    }
                }
            }
        }
        if (draft < 2020) {
            int evaluated = 0;
            Object items = s.get("items");
            if (items instanceof List<?> tuple) {
                int min = Math.min(arr.size(), tuple.size());
                for (int i = 0; i < min; i++) {
                    r.add(r.val(tuple.get(i), arr.get(i), String.valueOf(i)));
                }
                evaluated = min;
            } else if (items != null) {
                for (int i = 0; i < arr.size(); i++) {
                    r.add(r.val(items, arr.get(i), String.valueOf(i)));
                }
                evaluated = arr.size();
            }
            Object additional = s.get("additionalItems");
            if (additional != null && items instanceof List<?>) {
                if (additional instanceof Boolean b) {
                    if (!b && evaluated != arr.size()) {
                        r.add("last " + SchemaValues.num(arr.size() - evaluated) + " additionalItem(s) not allowed");
                    }
                } else {
                    for (int i = evaluated; i < arr.size(); i++) {
                        r.add(r.val(additional, arr.get(i), String.valueOf(i - evaluated)));
                    }
                }
            }
            markItems(r, evaluated);
        } else {
            List<?> prefix = s.get("prefixItems") instanceof List<?> p ? p : List.of();
            int evaluated = Math.min(prefix.size(), arr.size());
            for (int i = 0; i < evaluated; i++) {
                r.add(r.val(prefix.get(i), arr.get(i), String.valueOf(i)));
            }
            if (s.containsKey("items")) {
                for (int i = evaluated; i < arr.size(); i++) {
                    // reported at the index relative to the first unprefixed item, as the library does
                    r.add(r.val(s.get("items"), arr.get(i), String.valueOf(i - evaluated)));
                }
                evaluated = arr.size();
            }
            markItems(r, evaluated);
        }
        if (s.containsKey("contains") && draft >= 6) {
            List<SchemaError> errs = new ArrayList<>();
            List<Integer> matched = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                SchemaError e = r.val(s.get("contains"), arr.get(i), String.valueOf(i));
                if (e != null) {
                    errs.add(e);
                } else {
                    matched.add(i);
                    if (draft >= 2020 && r.uneval.items != null) {
                        r.uneval.items.remove(i);
                    }
                }
            }
            Integer minC = draft >= 2019 ? SchemaValues.intOf(s.get("minContains")) : null;
            if (minC != null) {
                if (matched.size() < minC) {
                    r.addAll(errs, matched.isEmpty()
                            ? "min " + SchemaValues.num(minC) + " items required to match contains schema, but none matched"
                            : "min " + SchemaValues.num(minC) + " items required to match contains schema, but matched " + SchemaValues.num(matched.size())
                                    + " items at " + SchemaValues.joinInts(matched));
                }
            } else if (matched.isEmpty()) {
                r.addAll(errs, "no items match contains schema");
            }
            Integer maxC = draft >= 2019 ? SchemaValues.intOf(s.get("maxContains")) : null;
            if (maxC != null && matched.size() > maxC) {
                r.add("max " + SchemaValues.num(maxC) + " items required to match contains schema, but matched " + SchemaValues.num(matched.size())
                        + " items at " + SchemaValues.joinInts(matched));
            }
        }
    }

    private static void markItems(Run r, int evaluated) {
        if (r.uneval.items != null) {
            for (int i = 0; i < evaluated; i++) {
                r.uneval.items.remove(i);
            }
        }
    }

    private void strValidate(Run r, String str) {
        Map<?, ?> s = r.s;
        int len = str.codePointCount(0, str.length());
        Integer minL = SchemaValues.intOf(s.get("minLength"));
        if (minL != null && len < minL) {
            r.add("minLength: got " + SchemaValues.num(len) + ", want " + SchemaValues.num(minL));
        }
        Integer maxL = SchemaValues.intOf(s.get("maxLength"));
        if (maxL != null && len > maxL) {
            r.add("maxLength: got " + SchemaValues.num(len) + ", want " + SchemaValues.num(maxL));
        }
        if (s.get("pattern") instanceof String p && !pattern(p).matcher(str).find()) {
            r.add(SchemaError.quote(str) + " does not match pattern " + SchemaError.quote(p));
        }
    }

    private void numValidate(Run r, Object v) {
        Map<?, ?> s = r.s;
        // most number schemas set no bound: answer them without BigDecimal (costly to initialise cold)
        if (!s.containsKey("minimum") && !s.containsKey("maximum") && !s.containsKey("exclusiveMinimum")
                && !s.containsKey("exclusiveMaximum") && !s.containsKey("multipleOf")) {
            return;
        }
        BigDecimal num = SchemaValues.decimal(v);
        BigDecimal min = SchemaValues.decimal(s.get("minimum"));
        BigDecimal max = SchemaValues.decimal(s.get("maximum"));
        BigDecimal exMin = null;
        BigDecimal exMax = null;
        if (draft == 4) {
            if (Boolean.TRUE.equals(s.get("exclusiveMinimum"))) {
                exMin = min;
                min = null;
            }
            if (Boolean.TRUE.equals(s.get("exclusiveMaximum"))) {
                exMax = max;
                max = null;
            }
        } else {
            exMin = SchemaValues.decimal(s.get("exclusiveMinimum"));
            exMax = SchemaValues.decimal(s.get("exclusiveMaximum"));
        }
        if (min != null && num.compareTo(min) < 0) {
            r.add("minimum: got " + SchemaValues.fmt(num) + ", want " + SchemaValues.fmt(min));
        }
        if (max != null && num.compareTo(max) > 0) {
            r.add("maximum: got " + SchemaValues.fmt(num) + ", want " + SchemaValues.fmt(max));
        }
        if (exMin != null && num.compareTo(exMin) <= 0) {
            r.add("exclusiveMinimum: got " + SchemaValues.fmt(num) + ", want " + SchemaValues.fmt(exMin));
        }
        if (exMax != null && num.compareTo(exMax) >= 0) {
            r.add("exclusiveMaximum: got " + SchemaValues.fmt(num) + ", want " + SchemaValues.fmt(exMax));
        }
        BigDecimal mult = SchemaValues.decimal(s.get("multipleOf"));
        if (mult != null && mult.signum() != 0) {
            BigDecimal q = num.divide(mult, java.math.MathContext.DECIMAL128);
            if (q.stripTrailingZeros().scale() > 0) {
                r.add("multipleOf: got " + SchemaValues.fmt(num) + ", want " + SchemaValues.fmt(mult));
            }
        }
    }

    private void condValidate(Run r) {
        Map<?, ?> s = r.s;
        if (s.containsKey("not")) {
            if (r.self(s.get("not"), null) == null) {
                r.add("'not' failed");
            }
        }
        if (s.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            List<SchemaError> errs = new ArrayList<>();
            for (Object sub : all) {
                SchemaError e = r.self(sub, null);
                if (e != null) {
                    errs.add(e);
                }
            }
            if (!errs.isEmpty()) {
                r.addAll(errs, "'allOf' failed");
            }
        }
        if (s.get("anyOf") instanceof List<?> any && !any.isEmpty()) {
            boolean matched = false;
            List<SchemaError> errs = new ArrayList<>();
            for (Object sub : any) {
                SchemaError e = r.self(sub, null);
                if (e != null) {
                    errs.add(e);
                } else {
                    matched = true;
                    if (r.uneval.isEmpty()) {
                        break;
                    }
                }
            }
            if (!matched) {
                r.addAll(errs, "'anyOf' failed");
            }
        }
        if (s.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
            int matched = -1;
            List<SchemaError> errs = new ArrayList<>();
            for (int i = 0; i < one.size(); i++) {
                SchemaError e = r.self(one.get(i), null);
                if (e != null) {
                    if (matched == -1) {
                        errs.add(e);
                    }
                } else if (matched == -1) {
                    matched = i;
                } else {
                    r.add("'oneOf' failed, subschemas " + SchemaValues.num(matched) + ", " + SchemaValues.num(i) + " matched");
                    break;
                }
            }
            if (matched == -1) {
                r.addAll(errs, "'oneOf' failed, none matched");
            }
        }
        if (draft >= 7 && s.containsKey("if")) {
            if (r.self(s.get("if"), null) == null) {
                if (s.containsKey("then")) {
                    r.add(r.self(s.get("then"), null));
                }
            } else if (s.containsKey("else")) {
                r.add(r.self(s.get("else"), null));
            }
        }
    }

    private void unevalValidate(Run r) {
        Map<?, ?> s = r.s;
        if (r.v instanceof Map<?, ?> obj && s.containsKey("unevaluatedProperties") && r.uneval.props != null) {
            for (String pname : new TreeSet<>(r.uneval.props)) {
                if (obj.containsKey(pname)) {
                    r.add(r.val(s.get("unevaluatedProperties"), obj.get(pname), pname));
                }
            }
            r.uneval.props.clear();
        }
        if (r.v instanceof List<?> arr && s.containsKey("unevaluatedItems") && r.uneval.items != null) {
            for (int i : new TreeSet<>(r.uneval.items)) {
                r.add(r.val(s.get("unevaluatedItems"), arr.get(i), String.valueOf(i)));
            }
            r.uneval.items.clear();
        }
    }

    // ---- helpers ----

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, p -> {
            try {
                return Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new ValuesException("invalid regex pattern " + SchemaError.quote(p));
            }
        });
    }
}
