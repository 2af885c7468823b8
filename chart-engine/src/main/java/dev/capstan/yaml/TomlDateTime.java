package dev.capstan.yaml;

import dev.capstan.gotemplate.GoObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A TOML date-time as {@code fromToml} returns it: a Go {@code time.Time}. Local forms carry
 * BurntSushi's marker zones ({@code datetime-local}, {@code date-local}, {@code time-local}, at
 * offset 0 on a UTC host), so {@code toToml} can write them back in their own form.
 */
public final class TomlDateTime implements GoObject {
    /** Which TOML form the value was written in. */
    public enum Kind { OFFSET, LOCAL_DATETIME, LOCAL_DATE, LOCAL_TIME }

    private final Kind kind;
    private final OffsetDateTime time;

    public TomlDateTime(Kind kind, OffsetDateTime time) {
        this.kind = kind;
        this.time = time;
    }

    public Kind kind() {
        return kind;
    }

    public OffsetDateTime time() {
        return time;
    }

    static TomlDateTime local(LocalDateTime t, Kind kind) {
        return new TomlDateTime(kind, t.atOffset(ZoneOffset.UTC));
    }

    static TomlDateTime localDate(LocalDate d) {
        return local(d.atStartOfDay(), Kind.LOCAL_DATE);
    }

    static TomlDateTime localTime(LocalTime t) {
        return local(LocalDate.of(0, 1, 1).atTime(t), Kind.LOCAL_TIME);
    }

    @Override
    public String goType() {
        return "time.Time";
    }

    /** Go's {@code time.Time.MarshalJSON} text (RFC 3339 with nanoseconds, trailing zeros cut), unquoted. */
    public String rfc3339() {
        return date() + "T" + clock() + zone(true);
    }

    /** How BurntSushi's encoder writes the value back. */
    public String tomlText() {
        switch (kind) {
            case LOCAL_DATE:
                return date();
            case LOCAL_TIME:
                return clock();
            case LOCAL_DATETIME:
                return date() + "T" + clock();
            default:
                return rfc3339();
        }
    }

    /** Go's {@code time.Time.String()}: {@code 1979-05-27 07:32:00 +0000 UTC}. */
    @Override
    public String goString() {
        String name;
        switch (kind) {
            case LOCAL_DATE -> name = "date-local";
            case LOCAL_TIME -> name = "time-local";
            case LOCAL_DATETIME -> name = "datetime-local";
            default -> name = time.getOffset().getTotalSeconds() == 0 ? "UTC" : "";
        }
        String off = time.getOffset().getTotalSeconds() == 0 ? "+0000" : time.getOffset().getId().replace(":", "");
        return date() + " " + clock() + " " + off + (name.isEmpty() ? "" : " " + name);
    }

    private String date() {
        return String.format("%04d-%02d-%02d", time.getYear(), time.getMonthValue(), time.getDayOfMonth());
    }

    private String clock() {
        String s = time.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        int nanos = time.getNano();
        if (nanos != 0) {
            String frac = String.format("%09d", nanos).replaceAll("0+$", "");
            s += "." + frac;
        }
        return s;
    }

    private String zone(boolean z) {
        int secs = time.getOffset().getTotalSeconds();
        if (secs == 0) {
            return "Z";
        }
        return time.getOffset().getId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TomlDateTime t && t.kind == kind && t.time.equals(time);
    }

    @Override
    public int hashCode() {
        return time.hashCode() * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return rfc3339();
    }
}
