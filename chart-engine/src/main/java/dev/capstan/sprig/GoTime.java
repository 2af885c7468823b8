package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import static dev.capstan.gotemplate.ParamType.INT;
import static dev.capstan.gotemplate.ParamType.INT64;
import static dev.capstan.gotemplate.ParamType.STRING;

/**
 * A Go {@code time.Time}: an instant (seconds + nanoseconds) and a location. It formats and
 * parses with Go's reference-time layouts ({@code Mon Jan 2 15:04:05 MST 2006}) and exposes the
 * methods charts use. The zero value is {@code 0001-01-01 00:00:00 +0000 UTC}.
 */
public record GoTime(long sec, int nano, Location loc) implements GoObject {
    static final String TYPE = "time.Time";
    static final ParamType PARAM = ParamType.object(TYPE);
    /** Go's zero Time: January 1, year 1, 00:00:00 UTC. */
    public static final GoTime ZERO = new GoTime(-62135596800L, 0, Location.UTC);

    private static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    public GoTime {
        Objects.requireNonNull(loc, "loc");
    }

    /**
     * A Go {@code *time.Location}: UTC, a named IANA zone (rules from java.time, abbreviations from
     * the system tzdata as Go reads it), or a fixed offset with an abbreviation (any offset Go
     * allows, not only java.time's +-18h).
     */
    public record Location(String name, ZoneId zone, String fixedAbbrev, Integer fixedOffset) {
        public static final Location UTC = new Location("UTC", null, "UTC", 0);

        static Location fixed(String name, int offsetSeconds) {
            return new Location(name, null, name, offsetSeconds);
        }

        static Location named(String name, ZoneId zone) {
            if (zone instanceof ZoneOffset o) return new Location(name, null, o.getTotalSeconds() == 0 ? "UTC" : null, o.getTotalSeconds());
            return new Location(name, zone, null, null);
        }

        int offsetAt(long sec) {
            if (fixedOffset != null) return fixedOffset;
            return zone.getRules().getOffset(Instant.ofEpochSecond(sec)).getTotalSeconds();
        }

        /** The zone abbreviation in effect ("UTC", "CET", "+0545"), as Go's tzdata names it. */
        String abbrevAt(long sec) {
            if (fixedAbbrev != null) return fixedAbbrev;
            int off = offsetAt(sec);
            if (zone == null) return numeric(off);
            String id = zone.getId();
            if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z")) return "UTC";
            String fromTzdata = ZoneAbbreviations.lookup(id, sec, off);
            if (fromTzdata != null) return fromTzdata;
            String s = DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(Instant.ofEpochSecond(sec).atZone(zone));
            return s.startsWith("GMT+") || s.startsWith("GMT-") ? numeric(off) : s;
        }

        /** tzdata's name for a zone without an abbreviation: "+03", "+0530". */
        private static String numeric(int off) {
            int m = Math.abs(off) / 60;
            return (off < 0 ? "-" : "+") + String.format("%02d", m / 60) + (m % 60 != 0 ? String.format("%02d", m % 60) : "");
        }
    }

    static GoTime ofInstant(Instant i, Location loc) {
        return new GoTime(i.getEpochSecond(), i.getNano(), loc);
    }

    Instant instant() {
        return Instant.ofEpochSecond(sec, nano);
    }

    /** The wall clock in this time's location (Go's absolute time plus the zone offset). */
    LocalDateTime zoned() {
        return LocalDateTime.ofEpochSecond(sec + loc.offsetAt(sec), nano, ZoneOffset.UTC);
    }

    GoTime in(Location l) {
        return new GoTime(sec, nano, l);
    }

    GoTime add(long d) {
        long s = sec + Math.floorDiv(d, GoDuration.SECOND);
        long n = nano + Math.floorMod(d, GoDuration.SECOND);
        if (n >= GoDuration.SECOND) {
            s++;
            n -= GoDuration.SECOND;
        }
        return new GoTime(s, (int) n, loc);
    }

    /** t.Sub(u), saturating like Go. */
    long sub(GoTime u) {
        java.math.BigInteger d = java.math.BigInteger.valueOf(sec - u.sec).multiply(java.math.BigInteger.valueOf(GoDuration.SECOND))
                .add(java.math.BigInteger.valueOf(nano - u.nano));
        if (d.bitLength() > 63) return d.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        return d.longValue();
    }

    int compare(GoTime o) {
        int c = Long.compare(sec, o.sec);
        return c != 0 ? c : Integer.compare(nano, o.nano);
    }

    @Override
    public String goType() {
        return TYPE;
    }

    /** Time.String (without the monotonic clock reading Go appends to time.Now values). */
    @Override
    public String goString() {
        return format("2006-01-02 15:04:05.999999999 -0700 MST");
    }

    /** Time.MarshalJSON: RFC 3339 with nanoseconds, trailing zeros dropped. */
    @Override
    public Object jsonValue() {
        return format("2006-01-02T15:04:05.999999999Z07:00");
    }

    private static GoTime arg(Object o) {
        return (GoTime) o;
    }

    @Override
    public Func method(String name) {
        return switch (name) {
            case "Format" -> Func.of(name, a -> format((String) a[0]), STRING);
            case "String" -> Func.of(name, a -> goString());
            case "Unix" -> Func.of(name, a -> sec);
            case "UnixMilli" -> Func.of(name, a -> sec * 1000 + nano / 1_000_000);
            case "UnixMicro" -> Func.of(name, a -> sec * 1_000_000 + nano / 1000);
            case "UnixNano" -> Func.of(name, a -> sec * 1_000_000_000 + nano);
            case "UTC" -> Func.of(name, a -> in(Location.UTC));
            case "Local" -> Func.of(name, a -> in(DateFuncs.local()));
            case "Year" -> Func.of(name, a -> zoned().getYear());
            case "Month" -> Func.of(name, a -> new Named("time.Month", LONG_MONTHS[zoned().getMonthValue() - 1], zoned().getMonthValue()));
            case "Day" -> Func.of(name, a -> zoned().getDayOfMonth());
            case "Hour" -> Func.of(name, a -> zoned().getHour());
            case "Minute" -> Func.of(name, a -> zoned().getMinute());
            case "Second" -> Func.of(name, a -> zoned().getSecond());
            case "Nanosecond" -> Func.of(name, a -> nano);
            case "YearDay" -> Func.of(name, a -> zoned().getDayOfYear());
            case "Weekday" -> Func.of(name, a -> new Named("time.Weekday", LONG_DAYS[zoned().getDayOfWeek().getValue() % 7], zoned().getDayOfWeek().getValue() % 7));
            case "IsZero" -> Func.of(name, a -> sec == ZERO.sec && nano == 0);
            case "Add" -> Func.of(name, a -> add((Long) a[0]), INT64);
            case "AddDate" -> Func.of(name, a -> addDate((Integer) a[0], (Integer) a[1], (Integer) a[2]), INT, INT, INT);
            case "Sub" -> Func.of(name, a -> new GoDuration(sub(arg(a[0]))), PARAM);
            case "Before" -> Func.of(name, a -> compare(arg(a[0])) < 0, PARAM);
            case "After" -> Func.of(name, a -> compare(arg(a[0])) > 0, PARAM);
            case "Equal" -> Func.of(name, a -> compare(arg(a[0])) == 0, PARAM);
            case "Compare" -> Func.of(name, a -> compare(arg(a[0])), PARAM);
            case "Truncate" -> Func.of(name, a -> truncate((Long) a[0]), INT64);
            default -> null;
        };
    }

    /** AddDate: Go normalises the shifted wall clock through time.Date in the same location. */
    private GoTime addDate(int years, int months, int days) {
        LocalDateTime z = zoned();
        LocalDateTime l = z.withDayOfMonth(1).plusYears(years).plusMonths(months)
                .plusDays(z.getDayOfMonth() - 1L + days);
        return date(l, loc);
    }

    private GoTime truncate(long d) {
        if (d <= 0) return this;
        // Go truncates relative to the zero time.
        java.math.BigInteger since = java.math.BigInteger.valueOf(sec - ZERO.sec).multiply(java.math.BigInteger.valueOf(GoDuration.SECOND))
                .add(java.math.BigInteger.valueOf(nano));
        long r = since.mod(java.math.BigInteger.valueOf(d)).longValue();
        return add(-r);
    }

    /** A named Go type printed by its String method (time.Month, time.Weekday). */
    record Named(String goType, String goString, int value) implements GoObject {
        @Override
        public Func method(String name) {
            return name.equals("String") ? Func.of(name, a -> goString) : null;
        }

        /** An int kind: %d, comparisons and JSON see the number. */
        @Override
        public Object underlying() {
            return value;
        }

        @Override
        public Object jsonValue() {
            return value;
        }
    }

    // ---------------------------------------------------------------- layout formatting

    enum Std {
        NONE, LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH, LONG_WEEKDAY, WEEKDAY, DAY, UNDER_DAY, ZERO_DAY,
        UNDER_YEAR_DAY, ZERO_YEAR_DAY, HOUR, HOUR12, ZERO_HOUR12, MINUTE, ZERO_MINUTE, SECOND, ZERO_SECOND,
        LONG_YEAR, YEAR, PM, PM_LOWER, TZ, ISO8601_TZ, ISO8601_SECONDS_TZ, ISO8601_SHORT_TZ, ISO8601_COLON_TZ,
        ISO8601_COLON_SECONDS_TZ, NUM_TZ, NUM_SECONDS_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_COLON_SECONDS_TZ,
        FRAC0, FRAC9
    }

    /** One step of Go's nextStdChunk: literal prefix, the element, its text, and what follows. */
    record Chunk(String prefix, Std std, String stdText, String suffix, int fracDigits, char fracSep) {
    }

    private static boolean startsWithLower(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static Chunk chunk(String l, int i, Std std, int len) {
        return new Chunk(l.substring(0, i), std, l.substring(i, i + len), l.substring(i + len), 0, '.');
    }

    static Chunk nextStdChunk(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            switch (c) {
                case 'J':
                    if (l.startsWith("Jan", i)) {
                        if (l.startsWith("January", i)) return chunk(l, i, Std.LONG_MONTH, 7);
                        if (!startsWithLower(l, i + 3)) return chunk(l, i, Std.MONTH, 3);
                    }
                    break;
                case 'M':
                    if (l.startsWith("Mon", i)) {
                        if (l.startsWith("Monday", i)) return chunk(l, i, Std.LONG_WEEKDAY, 6);
                        if (!startsWithLower(l, i + 3)) return chunk(l, i, Std.WEEKDAY, 3);
                    }
                    if (l.startsWith("MST", i)) return chunk(l, i, Std.TZ, 3);
                    break;
                case '0':
                    if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                        Std[] std0x = {Std.ZERO_MONTH, Std.ZERO_DAY, Std.ZERO_HOUR12, Std.ZERO_MINUTE, Std.ZERO_SECOND, Std.YEAR};
                        return chunk(l, i, std0x[l.charAt(i + 1) - '1'], 2);
                    }
                    if (l.startsWith("002", i)) return chunk(l, i, Std.ZERO_YEAR_DAY, 3);
                    break;
                case '1':
                    if (l.startsWith("15", i)) return chunk(l, i, Std.HOUR, 2);
                    return chunk(l, i, Std.NUM_MONTH, 1);
                case '2':
                    if (l.startsWith("2006", i)) return chunk(l, i, Std.LONG_YEAR, 4);
                    return chunk(l, i, Std.DAY, 1);
                case '_':
                    if (l.startsWith("_2", i)) {
                        if (l.startsWith("_2006", i)) return chunk(l, i + 1, Std.LONG_YEAR, 4);
                        return chunk(l, i, Std.UNDER_DAY, 2);
                    }
                    if (l.startsWith("__2", i)) return chunk(l, i, Std.UNDER_YEAR_DAY, 3);
                    break;
                case '3':
                    return chunk(l, i, Std.HOUR12, 1);
                case '4':
                    return chunk(l, i, Std.MINUTE, 1);
                case '5':
                    return chunk(l, i, Std.SECOND, 1);
                case 'P':
                    if (l.startsWith("PM", i)) return chunk(l, i, Std.PM, 2);
                    break;
                case 'p':
                    if (l.startsWith("pm", i)) return chunk(l, i, Std.PM_LOWER, 2);
                    break;
                case '-':
                    if (l.startsWith("-070000", i)) return chunk(l, i, Std.NUM_SECONDS_TZ, 7);
                    if (l.startsWith("-07:00:00", i)) return chunk(l, i, Std.NUM_COLON_SECONDS_TZ, 9);
                    if (l.startsWith("-0700", i)) return chunk(l, i, Std.NUM_TZ, 5);
                    if (l.startsWith("-07:00", i)) return chunk(l, i, Std.NUM_COLON_TZ, 6);
                    if (l.startsWith("-07", i)) return chunk(l, i, Std.NUM_SHORT_TZ, 3);
                    break;
                case 'Z':
                    if (l.startsWith("Z070000", i)) return chunk(l, i, Std.ISO8601_SECONDS_TZ, 7);
                    if (l.startsWith("Z07:00:00", i)) return chunk(l, i, Std.ISO8601_COLON_SECONDS_TZ, 9);
                    if (l.startsWith("Z0700", i)) return chunk(l, i, Std.ISO8601_TZ, 5);
                    if (l.startsWith("Z07:00", i)) return chunk(l, i, Std.ISO8601_COLON_TZ, 6);
                    if (l.startsWith("Z07", i)) return chunk(l, i, Std.ISO8601_SHORT_TZ, 3);
                    break;
                case '.':
                case ',':
                    if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                        char ch = l.charAt(i + 1);
                        int j = i + 1;
                        while (j < l.length() && l.charAt(j) == ch) j++;
                        if (!(j < l.length() && Character.isDigit(l.charAt(j)) && l.charAt(j) < 128)) {
                            Std std = ch == '9' ? Std.FRAC9 : Std.FRAC0;
                            return new Chunk(l.substring(0, i), std, l.substring(i, j), l.substring(j), j - (i + 1), c);
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        return new Chunk(l, Std.NONE, "", "", 0, '.');
    }

    private static void appendInt(StringBuilder b, long x, int width) {
        if (x < 0) {
            b.append('-');
            x = -x;
        }
        String s = Long.toString(x);
        for (int pad = width - s.length(); pad > 0; pad--) b.append('0');
        b.append(s);
    }

    /** Time.Format. */
    public String format(String layout) {
        int offset = loc.offsetAt(sec);
        String zoneName = loc.abbrevAt(sec);
        LocalDateTime z = zoned();
        StringBuilder b = new StringBuilder();
        while (!layout.isEmpty()) {
            Chunk ch = nextStdChunk(layout);
            b.append(ch.prefix);
            if (ch.std == Std.NONE) break;
            layout = ch.suffix;
            int hour = z.getHour();
            switch (ch.std) {
                case YEAR -> appendInt(b, Math.abs(z.getYear()) % 100, 2);
                case LONG_YEAR -> appendInt(b, z.getYear(), 4);
                case MONTH -> b.append(LONG_MONTHS[z.getMonthValue() - 1], 0, 3);
                case LONG_MONTH -> b.append(LONG_MONTHS[z.getMonthValue() - 1]);
                case NUM_MONTH -> appendInt(b, z.getMonthValue(), 0);
                case ZERO_MONTH -> appendInt(b, z.getMonthValue(), 2);
                case WEEKDAY -> b.append(LONG_DAYS[z.getDayOfWeek().getValue() % 7], 0, 3);
                case LONG_WEEKDAY -> b.append(LONG_DAYS[z.getDayOfWeek().getValue() % 7]);
                case DAY -> appendInt(b, z.getDayOfMonth(), 0);
                case UNDER_DAY -> {
                    if (z.getDayOfMonth() < 10) b.append(' ');
                    appendInt(b, z.getDayOfMonth(), 0);
                }
                case ZERO_DAY -> appendInt(b, z.getDayOfMonth(), 2);
                case UNDER_YEAR_DAY -> {
                    int yd = z.getDayOfYear();
                    if (yd < 100) b.append(yd < 10 ? "  " : " ");
                    appendInt(b, yd, 0);
                }
                case ZERO_YEAR_DAY -> appendInt(b, z.getDayOfYear(), 3);
                case HOUR -> appendInt(b, hour, 2);
                case HOUR12 -> appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 0);
                case ZERO_HOUR12 -> appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 2);
                case MINUTE -> appendInt(b, z.getMinute(), 0);
                case ZERO_MINUTE -> appendInt(b, z.getMinute(), 2);
                case SECOND -> appendInt(b, z.getSecond(), 0);
                case ZERO_SECOND -> appendInt(b, z.getSecond(), 2);
                case PM -> b.append(hour >= 12 ? "PM" : "AM");
                case PM_LOWER -> b.append(hour >= 12 ? "pm" : "am");
                case ISO8601_TZ, ISO8601_COLON_TZ, ISO8601_SECONDS_TZ, ISO8601_SHORT_TZ, ISO8601_COLON_SECONDS_TZ,
                        NUM_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_SHORT_TZ, NUM_COLON_SECONDS_TZ -> {
                    Std s = ch.std;
                    boolean iso = s.name().startsWith("ISO");
                    if (offset == 0 && iso) {
                        b.append('Z');
                        break;
                    }
                    int zone = offset / 60;
                    int absoffset = offset;
                    if (zone < 0) {
                        b.append('-');
                        zone = -zone;
                        absoffset = -absoffset;
                    } else {
                        b.append('+');
                    }
                    appendInt(b, zone / 60, 2);
                    boolean colon = s == Std.ISO8601_COLON_TZ || s == Std.NUM_COLON_TZ || s == Std.ISO8601_COLON_SECONDS_TZ
                            || s == Std.NUM_COLON_SECONDS_TZ;
                    if (colon) b.append(':');
                    if (s != Std.NUM_SHORT_TZ && s != Std.ISO8601_SHORT_TZ) appendInt(b, zone % 60, 2);
                    if (s == Std.ISO8601_SECONDS_TZ || s == Std.NUM_SECONDS_TZ || s == Std.NUM_COLON_SECONDS_TZ
                            || s == Std.ISO8601_COLON_SECONDS_TZ) {
                        if (s == Std.NUM_COLON_SECONDS_TZ || s == Std.ISO8601_COLON_SECONDS_TZ) b.append(':');
                        appendInt(b, absoffset % 60, 2);
                    }
                }
                case TZ -> {
                    if (!zoneName.isEmpty()) {
                        b.append(zoneName);
                        break;
                    }
                    int zone = offset / 60;
                    if (zone < 0) {
                        b.append('-');
                        zone = -zone;
                    } else {
                        b.append('+');
                    }
                    appendInt(b, zone / 60, 2);
                    appendInt(b, zone % 60, 2);
                }
                case FRAC0, FRAC9 -> appendNano(b, nano, ch.std == Std.FRAC9, ch.fracDigits, ch.fracSep);
                default -> {
                }
            }
        }
        return b.toString();
    }

    private static void appendNano(StringBuilder b, int nanosec, boolean trim, int n, char sep) {
        if (trim && (n == 0 || nanosec == 0)) return;
        StringBuilder f = new StringBuilder();
        f.append(sep);
        String digits = String.format("%09d", nanosec);
        f.append(n < 9 ? digits.substring(0, n) : digits);
        if (trim) {
            int end = f.length();
            while (end > 0 && f.charAt(end - 1) == '0') end--;
            if (end > 0 && f.charAt(end - 1) == sep) end--;
            f.setLength(end);
        }
        b.append(f);
    }

    // ---------------------------------------------------------------- layout parsing

    /** A time.Parse failure with Go's message. */
    public static final class ParseException extends RuntimeException {
        ParseException(String message) {
            super(message, null, false, false);
        }
    }

    private static ParseException parseError(String layout, String value, String layoutElem, String valueElem, String message) {
        if (message.isEmpty()) {
            return new ParseException("parsing time " + GoDuration.quote(value) + " as " + GoDuration.quote(layout)
                    + ": cannot parse " + GoDuration.quote(valueElem) + " as " + GoDuration.quote(layoutElem));
        }
        return new ParseException("parsing time " + GoDuration.quote(value) + message);
    }

    private static final class Bad extends Exception {
        Bad() {
            super(null, null, false, false);
        }
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** getnum: one or two digits (fixed forces two); returns value and sets rest[0]. */
    private static int getnum(String s, boolean fixed, String[] rest) throws Bad {
        if (!isDigit(s, 0)) throw new Bad();
        if (!isDigit(s, 1)) {
            if (fixed) throw new Bad();
            rest[0] = s.substring(1);
            return s.charAt(0) - '0';
        }
        rest[0] = s.substring(2);
        return (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    }

    private static int getnum3(String s, boolean fixed, String[] rest) throws Bad {
        int n = 0;
        int i = 0;
        for (; i < 3 && isDigit(s, i); i++) n = n * 10 + (s.charAt(i) - '0');
        if (i == 0 || fixed && i != 3) throw new Bad();
        rest[0] = s.substring(i);
        return n;
    }

    private static int atoi(String s) throws Bad {
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.isEmpty()) return 0;
        for (int i = 0; i < s.length(); i++) if (!isDigit(s, i)) throw new Bad();
        if (s.length() > 18) throw new Bad();
        long v = Long.parseLong(s);
        return (int) (neg ? -v : v);
    }

    private static int lookup(String[] tab, String val, int len, String[] rest) throws Bad {
        for (int i = 0; i < tab.length; i++) {
            String v = len > 0 ? tab[i].substring(0, len) : tab[i];
            if (val.length() >= v.length() && val.regionMatches(true, 0, v, 0, v.length())) {
                rest[0] = val.substring(v.length());
                return i;
            }
        }
        throw new Bad();
    }

    private static String skip(String value, String prefix) throws Bad {
        while (!prefix.isEmpty()) {
            if (prefix.charAt(0) == ' ') {
                if (!value.isEmpty() && value.charAt(0) != ' ') throw new Bad();
                prefix = prefix.replaceFirst("^ +", "");
                value = value.replaceFirst("^ +", "");
                continue;
            }
            if (value.isEmpty() || value.charAt(0) != prefix.charAt(0)) throw new Bad();
            prefix = prefix.substring(1);
            value = value.substring(1);
        }
        return value;
    }

    private static int parseNanos(String value, int nbytes, String[] rangeErr) throws Bad {
        if (value.charAt(0) != '.' && value.charAt(0) != ',') throw new Bad();
        if (nbytes > 10) {
            value = value.substring(0, 10);
            nbytes = 10;
        }
        int ns = atoi(value.substring(1, nbytes));
        if (ns < 0) {
            rangeErr[0] = "fractional second";
            return 0;
        }
        for (int i = 0; i < 10 - nbytes; i++) ns *= 10;
        return ns;
    }

    private static int parseTimeZone(String value) {
        if (value.length() < 3) return 0;
        if (value.startsWith("ChST") || value.startsWith("MeST")) return 4;
        if (value.startsWith("GMT")) {
            if (value.length() == 3) return 3;
            return 3 + parseSignedOffset(value.substring(3));
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') return parseSignedOffset(value);
        int n = 0;
        while (n < 6 && n < value.length() && value.charAt(n) >= 'A' && value.charAt(n) <= 'Z') n++;
        return switch (n) {
            case 5 -> value.charAt(4) == 'T' ? 5 : 0;
            case 4 -> value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : 0;
            case 3 -> 3;
            default -> 0;
        };
    }

    private static int parseSignedOffset(String value) {
        if (value.isEmpty() || value.charAt(0) != '-' && value.charAt(0) != '+') return 0;
        int i = 1;
        long x = 0;
        while (i < value.length() && isDigit(value, i)) {
            x = x * 10 + (value.charAt(i) - '0');
            if (x > 1000) return 0;
            i++;
        }
        if (i == 1 || x > 23) return 0;
        return i;
    }

    /** time.ParseInLocation (with {@code local} also used to match zone offsets and names). */
    public static GoTime parse(String layout, String value, Location local) {
        String alayout = layout;
        String avalue = value;
        String rangeErr = "";
        boolean amSet = false;
        boolean pmSet = false;
        int year = 0;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour = 0;
        int min = 0;
        int sec = 0;
        int nsec = 0;
        Location z = null;
        int zoneOffset = -1;
        boolean haveOffset = false;
        String zoneName = "";
        String[] rest = new String[1];
        String[] rangeBox = new String[1];
        while (true) {
            Chunk ch = nextStdChunk(layout);
            try {
                value = skip(value, ch.prefix);
            } catch (Bad e) {
                throw parseError(alayout, avalue, ch.prefix, value, "");
            }
            if (ch.std == Std.NONE) {
                if (!value.isEmpty()) throw parseError(alayout, avalue, "", value, ": extra text: " + GoDuration.quote(value));
                break;
            }
            layout = ch.suffix;
            String hold = value;
            rangeBox[0] = "";
            try {
                switch (ch.std) {
                    case YEAR -> {
                        if (value.length() < 2) throw new Bad();
                        year = atoi(value.substring(0, 2));
                        value = value.substring(2);
                        year += year >= 69 ? 1900 : 2000;
                    }
                    case LONG_YEAR -> {
                        if (value.length() < 4 || !isDigit(value, 0)) throw new Bad();
                        year = atoi(value.substring(0, 4));
                        value = value.substring(4);
                    }
                    case MONTH -> {
                        month = lookup(LONG_MONTHS, value, 3, rest) + 1;
                        value = rest[0];
                    }
                    case LONG_MONTH -> {
                        month = lookup(LONG_MONTHS, value, 0, rest) + 1;
                        value = rest[0];
                    }
                    case NUM_MONTH, ZERO_MONTH -> {
                        month = getnum(value, ch.std == Std.ZERO_MONTH, rest);
                        value = rest[0];
                        if (month <= 0 || 12 < month) rangeBox[0] = "month";
                    }
                    case WEEKDAY -> {
                        lookup(LONG_DAYS, value, 3, rest);
                        value = rest[0];
                    }
                    case LONG_WEEKDAY -> {
                        lookup(LONG_DAYS, value, 0, rest);
                        value = rest[0];
                    }
                    case DAY, UNDER_DAY, ZERO_DAY -> {
                        if (ch.std == Std.UNDER_DAY && !value.isEmpty() && value.charAt(0) == ' ') value = value.substring(1);
                        day = getnum(value, ch.std == Std.ZERO_DAY, rest);
                        value = rest[0];
                    }
                    case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                        for (int i = 0; i < 2; i++) {
                            if (ch.std == Std.UNDER_YEAR_DAY && !value.isEmpty() && value.charAt(0) == ' ') value = value.substring(1);
                        }
                        yday = getnum3(value, ch.std == Std.ZERO_YEAR_DAY, rest);
                        value = rest[0];
                    }
                    case HOUR -> {
                        hour = getnum(value, false, rest);
                        value = rest[0];
                        if (hour < 0 || 24 <= hour) rangeBox[0] = "hour";
                    }
                    case HOUR12, ZERO_HOUR12 -> {
                        hour = getnum(value, ch.std == Std.ZERO_HOUR12, rest);
                        value = rest[0];
                        if (hour < 0 || 12 < hour) rangeBox[0] = "hour";
                    }
                    case MINUTE, ZERO_MINUTE -> {
                        min = getnum(value, ch.std == Std.ZERO_MINUTE, rest);
                        value = rest[0];
                        if (min < 0 || 60 <= min) rangeBox[0] = "minute";
                    }
                    case SECOND, ZERO_SECOND -> {
                        sec = getnum(value, ch.std == Std.ZERO_SECOND, rest);
                        value = rest[0];
                        if (sec < 0 || 60 <= sec) {
                            rangeBox[0] = "second";
                            break;
                        }
                        if (value.length() >= 2 && (value.charAt(0) == '.' || value.charAt(0) == ',') && isDigit(value, 1)) {
                            Std next = nextStdChunk(layout).std;
                            if (next == Std.FRAC0 || next == Std.FRAC9) break;
                            int n = 2;
                            while (n < value.length() && isDigit(value, n)) n++;
                            nsec = parseNanos(value, n, rangeBox);
                            value = value.substring(n);
                        }
                    }
                    case PM, PM_LOWER -> {
                        if (value.length() < 2) throw new Bad();
                        String p = value.substring(0, 2);
                        value = value.substring(2);
                        boolean upper = ch.std == Std.PM;
                        if (p.equals(upper ? "PM" : "pm")) pmSet = true;
                        else if (p.equals(upper ? "AM" : "am")) amSet = true;
                        else throw new Bad();
                    }
                    case ISO8601_TZ, ISO8601_SHORT_TZ, ISO8601_COLON_TZ, ISO8601_SECONDS_TZ, ISO8601_COLON_SECONDS_TZ,
                            NUM_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> {
                        if (ch.std.name().startsWith("ISO") && !value.isEmpty() && value.charAt(0) == 'Z') {
                            value = value.substring(1);
                            z = Location.UTC;
                            break;
                        }
                        String sign;
                        String hh;
                        String mm;
                        String ss;
                        Std s = ch.std;
                        if (s == Std.ISO8601_COLON_TZ || s == Std.NUM_COLON_TZ) {
                            if (value.length() < 6 || value.charAt(3) != ':') throw new Bad();
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(4, 6);
                            ss = "00";
                            value = value.substring(6);
                        } else if (s == Std.NUM_SHORT_TZ || s == Std.ISO8601_SHORT_TZ) {
                            if (value.length() < 3) throw new Bad();
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = "00";
                            ss = "00";
                            value = value.substring(3);
                        } else if (s == Std.ISO8601_COLON_SECONDS_TZ || s == Std.NUM_COLON_SECONDS_TZ) {
                            if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') throw new Bad();
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(4, 6);
                            ss = value.substring(7, 9);
                            value = value.substring(9);
                        } else if (s == Std.ISO8601_SECONDS_TZ || s == Std.NUM_SECONDS_TZ) {
                            if (value.length() < 7) throw new Bad();
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(3, 5);
                            ss = value.substring(5, 7);
                            value = value.substring(7);
                        } else {
                            if (value.length() < 5) throw new Bad();
                            sign = value.substring(0, 1);
                            hh = value.substring(1, 3);
                            mm = value.substring(3, 5);
                            ss = "00";
                            value = value.substring(5);
                        }
                        int hr = getnum(hh, true, rest);
                        int m = getnum(mm, true, rest);
                        int sc = getnum(ss, true, rest);
                        if (hr > 24) rangeBox[0] = "time zone offset hour";
                        if (m > 60) rangeBox[0] = "time zone offset minute";
                        if (sc > 60) rangeBox[0] = "time zone offset second";
                        zoneOffset = (hr * 60 + m) * 60 + sc;
                        haveOffset = true;
                        if (sign.equals("-")) zoneOffset = -zoneOffset;
                        else if (!sign.equals("+")) throw new Bad();
                    }
                    case TZ -> {
                        if (value.startsWith("UTC")) {
                            z = Location.UTC;
                            value = value.substring(3);
                            break;
                        }
                        int n = parseTimeZone(value);
                        if (n == 0) throw new Bad();
                        zoneName = value.substring(0, n);
                        value = value.substring(n);
                    }
                    case FRAC0 -> {
                        int ndigit = 1 + ch.fracDigits;
                        if (value.length() < ndigit) throw new Bad();
                        nsec = parseNanos(value, ndigit, rangeBox);
                        value = value.substring(ndigit);
                    }
                    case FRAC9 -> {
                        if (value.length() < 2 || value.charAt(0) != '.' && value.charAt(0) != ',' || !isDigit(value, 1)) break;
                        int i = 0;
                        while (i + 1 < value.length() && isDigit(value, i + 1)) i++;
                        nsec = parseNanos(value, 1 + i, rangeBox);
                        value = value.substring(1 + i);
                    }
                    default -> {
                    }
                }
            } catch (Bad e) {
                if (rangeBox[0] != null && !rangeBox[0].isEmpty()) {
                    throw parseError(alayout, avalue, ch.stdText, value, ": " + rangeBox[0] + " out of range");
                }
                throw parseError(alayout, avalue, ch.stdText, hold, "");
            }
            if (rangeBox[0] != null && !rangeBox[0].isEmpty()) rangeErr = rangeBox[0];
            if (!rangeErr.isEmpty()) throw parseError(alayout, avalue, ch.stdText, value, ": " + rangeErr + " out of range");
        }
        if (pmSet && hour < 12) hour += 12;
        else if (amSet && hour == 12) hour = 0;
        if (yday >= 0) {
            int d = 0;
            int m = 0;
            boolean leap = java.time.Year.isLeap(year);
            if (leap) {
                if (yday == 31 + 29) {
                    m = 2;
                    d = 29;
                } else if (yday > 31 + 29) {
                    yday--;
                }
            }
            if (yday < 1 || yday > 365) throw parseError(alayout, avalue, "", value, ": day-of-year out of range");
            if (m == 0) {
                java.time.LocalDate ld = java.time.LocalDate.ofYearDay(2001, yday);
                m = ld.getMonthValue();
                d = ld.getDayOfMonth();
            }
            if (month >= 0 && month != m) throw parseError(alayout, avalue, "", value, ": day-of-year does not match month");
            month = m;
            if (day >= 0 && day != d) throw parseError(alayout, avalue, "", value, ": day-of-year does not match day");
            day = d;
        } else {
            if (month < 0) month = 1;
            if (day < 0) day = 1;
        }
        if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw parseError(alayout, avalue, "", value, ": day out of range");
        }
        LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, min, sec, nsec);
        if (z != null) return date(ldt, z);
        if (haveOffset) {
            long s = ldt.toEpochSecond(ZoneOffset.UTC) - zoneOffset;
            if (local.offsetAt(s) == zoneOffset && (zoneName.isEmpty() || local.abbrevAt(s).equals(zoneName))) {
                return new GoTime(s, nsec, local);
            }
            return new GoTime(s, nsec, Location.fixed(zoneName, zoneOffset));
        }
        if (!zoneName.isEmpty()) {
            long s = ldt.toEpochSecond(ZoneOffset.UTC);
            Integer off = ZERO.offsetOfName(local, zoneName, s);
            if (off != null) return new GoTime(s - off, nsec, local);
            int offset = 0;
            if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
                try {
                    offset = atoi(zoneName.substring(3)) * 3600;
                } catch (Bad e) {
                    offset = 0;
                }
            }
            // Go records the fabricated zone without moving the instant.
            return new GoTime(s, nsec, Location.fixed(zoneName, offset));
        }
        return date(ldt, local);
    }

    /**
     * time.Date in a location, resolving gaps and overlaps the way Go does: take the offset in
     * effect at the wall time read as UTC, and if the resulting instant falls in another period,
     * use that period's offset instead.
     */
    static GoTime date(LocalDateTime ldt, Location loc) {
        long wall = ldt.toEpochSecond(ZoneOffset.UTC);
        int off = loc.offsetAt(wall);
        if (off != 0) {
            int off2 = loc.offsetAt(wall - off);
            if (off2 != off) off = off2;
        }
        return new GoTime(wall - off, ldt.getNano(), loc);
    }

    /**
     * Go's Location.lookupName: the offset of a zone abbreviation used by this location, preferring
     * the one in effect at the given wall time; null when the location never uses that name.
     */
    Integer offsetOfName(Location loc, String name, long wall) {
        long halfYear = 182L * 86400;
        for (long probe : new long[]{wall, wall - halfYear, wall + halfYear}) {
            int off = loc.offsetAt(probe);
            if (loc.abbrevAt(probe).equals(name) && loc.abbrevAt(wall - off).equals(name)) return loc.offsetAt(wall - off);
        }
        for (long probe : new long[]{wall, wall - halfYear, wall + halfYear}) {
            if (loc.abbrevAt(probe).equals(name)) return loc.offsetAt(probe);
        }
        return null;
    }

    static FunctionException error(RuntimeException e) {
        return new FunctionException(e.getMessage());
    }
}
