package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.STRING;

/**
 * Sprig's date.go. Time values are {@link GoTime} objects ({@code time.Time}).
 *
 * <p><b>Determinism.</b> "Now" and Go's {@code Local} location come from one
 * {@link java.time.Clock}: by default the system clock in the JVM's default zone. Tests and
 * callers that need repeatable output call {@link #setClock(Clock)}, e.g.
 * {@code DateFuncs.setClock(Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC))},
 * and {@link #resetClock()} afterwards. The clock is read when a function runs, so it can be
 * swapped between renders.
 */
public final class DateFuncs {
    /** null: the system clock in the default zone, looked up when a date function first needs it
     *  (resolving the default zone loads the time-zone database: ~15 ms of every cold render,
     *  though few charts call a date function) */
    private static volatile Clock clock;

    private DateFuncs() {
    }

    /** Replaces the clock used for {@code now}, {@code ago}, default dates and the Local zone. */
    public static void setClock(Clock c) {
        clock = Objects.requireNonNull(c);
    }

    public static void resetClock() {
        clock = null;
    }

    private static Clock clock() {
        Clock c = clock;
        return c != null ? c : Clock.systemDefaultZone();
    }

    /** Go's {@code time.Local}: the clock's zone. */
    static GoTime.Location local() {
        return local(clock());
    }

    private static GoTime.Location local(Clock c) {
        ZoneId z = c.getZone();
        return GoTime.Location.named("Local", z);
    }

    static GoTime now() {
        Clock c = clock();
        return GoTime.ofInstant(c.instant(), local(c));
    }

    public static void register(FuncMap m) {
        m.put(Func.of("now", a -> now()));
        m.put(Func.of("ago", a -> ago(a[0]), ANY));
        m.put(Func.of("date", a -> dateInZone((String) a[0], a[1], "Local"), STRING, ANY));
        m.put(Func.of("dateInZone", a -> dateInZone((String) a[0], a[1], (String) a[2]), STRING, ANY, STRING));
        m.put(Func.of("date_in_zone", a -> dateInZone((String) a[0], a[1], (String) a[2]), STRING, ANY, STRING));
        m.put(Func.of("htmlDate", a -> dateInZone("2006-01-02", a[0], "Local"), ANY));
        m.put(Func.of("htmlDateInZone", a -> dateInZone("2006-01-02", a[0], (String) a[1]), ANY, STRING));
        m.put(Func.of("dateModify", a -> dateModify((String) a[0], (GoTime) a[1], false), STRING, GoTime.PARAM));
        m.put(Func.of("date_modify", a -> dateModify((String) a[0], (GoTime) a[1], false), STRING, GoTime.PARAM));
        m.put(Func.of("mustDateModify", a -> dateModify((String) a[0], (GoTime) a[1], true), STRING, GoTime.PARAM));
        m.put(Func.of("must_date_modify", a -> dateModify((String) a[0], (GoTime) a[1], true), STRING, GoTime.PARAM));
        m.put(Func.of("duration", a -> duration(a[0]), ANY));
        m.put(Func.of("durationRound", a -> durationRound(a[0]), ANY));
        m.put(Func.of("toDate", a -> toDate((String) a[0], (String) a[1], false), STRING, STRING));
        m.put(Func.of("mustToDate", a -> toDate((String) a[0], (String) a[1], true), STRING, STRING));
        m.put(Func.of("unixEpoch", a -> Long.toString(((GoTime) a[0]).sec()), GoTime.PARAM));
    }

    /** time.LoadLocation; sprig falls back to UTC when the name is unknown. */
    static GoTime.Location loadLocation(String name) {
        if (name.isEmpty() || name.equals("UTC")) return GoTime.Location.UTC;
        if (name.equals("Local")) return local();
        if (name.contains("..") || name.startsWith("/") || name.startsWith("\\")) return GoTime.Location.UTC;
        try {
            return GoTime.Location.named(name, ZoneId.of(name));
        } catch (DateTimeException e) {
            return GoTime.Location.UTC;
        }
    }

    /** A time.Time, or an int/int64 of Unix seconds; anything else means now. */
    private static GoTime toTime(Object date) {
        if (date instanceof GoTime t) return t;
        if (date instanceof Long l) return new GoTime(l, 0, local());
        if (date instanceof Integer i) return new GoTime(i, 0, local());
        return now();
    }

    static String dateInZone(String fmt, Object date, String zone) {
        return toTime(date).in(loadLocation(zone)).format(fmt);
    }

    static GoTime dateModify(String fmt, GoTime date, boolean must) {
        long d;
        try {
            d = GoDuration.parse(fmt);
        } catch (GoDuration.DurationException e) {
            if (must) throw new FunctionException(e.getMessage());
            return date;
        }
        return date.add(d);
    }

    static String ago(Object date) {
        GoTime t = date instanceof GoTime g ? g
                : date instanceof Long l ? new GoTime(l, 0, local())
                : date instanceof Integer i ? new GoTime(i, 0, local()) : now();
        long since = now().sub(t);
        return GoDuration.format(GoDuration.round(since, GoDuration.SECOND));
    }

    static String duration(Object sec) {
        long n = 0;
        if (sec instanceof String s) {
            try {
                n = Long.parseLong(s);
            } catch (NumberFormatException e) {
                n = 0;
            }
        } else if (sec instanceof Long l) {
            n = l;
        }
        return GoDuration.format(n * GoDuration.SECOND);
    }

    static String durationRound(Object duration) {
        long d = 0;
        if (duration instanceof String s) {
            try {
                d = GoDuration.parse(s);
            } catch (GoDuration.DurationException e) {
                d = 0;
            }
        } else if (duration instanceof Long l) {
            d = l;
        } else if (duration instanceof GoTime t) {
            d = now().sub(t);
        }
        long u = d < 0 ? -d : d;
        long hour = GoDuration.HOUR;
        long[] limits = {hour * 24 * 365, hour * 24 * 30, hour * 24, hour, GoDuration.MINUTE, GoDuration.SECOND};
        String[] units = {"y", "mo", "d", "h", "m", "s"};
        for (int k = 0; k < limits.length; k++) {
            if (Long.compareUnsigned(u, limits[k]) > 0) return Long.toUnsignedString(Long.divideUnsigned(u, limits[k])) + units[k];
        }
        return "0s";
    }

    static GoTime toDate(String fmt, String str, boolean must) {
        try {
            return GoTime.parse(fmt, str, local());
        } catch (GoTime.ParseException e) {
            if (must) throw new FunctionException(e.getMessage());
            return GoTime.ZERO;
        }
    }
}
