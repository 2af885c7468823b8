package dev.capstan.gotemplate;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Go map whose type is not plain {@code map[string]interface {}}: {@code map[string]string} from
 * {@code split}/{@code splitn}, or Helm's named {@code common.Values}. It reads and writes like any
 * Map; only {@code typeOf}, argument checks and sprig's type assertions see the difference, and a
 * nil map (Go's zero value, e.g. an absent {@code .Chart.Annotations}) reads as empty but encodes
 * as {@code null}. A plain Map still means {@code map[string]interface {}}.
 *
 * <p>Like a Go type conversion ({@code common.Values(m)}), {@link #view} shares the backing map:
 * writes through either are seen by both.
 */
public final class GoMap extends AbstractMap<String, Object> {
    public static final String STRING_MAP = "map[string]string";
    public static final String VALUES = "common.Values";

    private final String goType;
    private final Map<String, Object> backing;
    private final boolean nil;

    private GoMap(String goType, Map<String, Object> backing, boolean nil) {
        this.goType = goType;
        this.backing = backing;
        this.nil = nil;
    }

    /** A new map of that type holding a copy of {@code entries}, in their order. */
    public GoMap(String goType, Map<String, ?> entries) {
        this(goType, new LinkedHashMap<>(entries), false);
    }

    /** The same storage seen as another map type (Go's conversion between map types). */
    public static GoMap view(String goType, Map<String, Object> backing) {
        if (backing instanceof GoMap g) backing = g.backing;
        return new GoMap(goType, backing, false);
    }

    /**
     * The plain {@code map[string]interface {}} a sprig function returns for its map argument
     * ({@code set}, {@code merge}, ...): Go converts a {@code common.Values} to its declared return
     * type, sharing storage. Any other value is returned as it is.
     */
    @SuppressWarnings("unchecked")
    public static <T> T plain(T m) {
        return m instanceof GoMap g ? (T) g.backing : m;
    }

    /** The zero value of the element type, which Go's index yields for a missing key. */
    public Object zeroValue() {
        return STRING_MAP.equals(goType) ? "" : null;
    }

    /** A nil map of that type: empty, but {@code toJson} prints {@code null}. */
    public static GoMap nil(String goType) {
        return new GoMap(goType, new LinkedHashMap<>(), true);
    }

    /** The map type as Go spells it, e.g. {@code map[string]string}. */
    public String goType() {
        return goType;
    }

    /** Whether this is Go's nil map (only meaningful while empty). */
    public boolean isNil() {
        return nil && backing.isEmpty();
    }

    /**
     * Whether Go would assign this map to a {@code map[string]interface {}} parameter: a named type
     * with that underlying type ({@code common.Values}) is; {@code map[string]string} is not.
     */
    public boolean assignableToInterfaceMap() {
        return VALUES.equals(goType);
    }

    @Override public int size() { return backing.size(); }
    @Override public boolean isEmpty() { return backing.isEmpty(); }
    @Override public boolean containsKey(Object k) { return backing.containsKey(k); }
    @Override public boolean containsValue(Object v) { return backing.containsValue(v); }
    @Override public Object get(Object k) { return backing.get(k); }
    @Override public Object put(String k, Object v) { return backing.put(k, v); }
    @Override public Object remove(Object k) { return backing.remove(k); }
    @Override public void putAll(Map<? extends String, ?> m) { backing.putAll(m); }
    @Override public void clear() { backing.clear(); }
    @Override public Set<String> keySet() { return backing.keySet(); }
    @Override public Collection<Object> values() { return backing.values(); }
    @Override public Set<Map.Entry<String, Object>> entrySet() { return backing.entrySet(); }
}
