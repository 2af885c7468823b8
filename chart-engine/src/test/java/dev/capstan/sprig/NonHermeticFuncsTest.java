package dev.capstan.sprig;

import dev.capstan.gotemplate.FuncMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The functions whose output depends on the clock or on randomness: with an injected Clock the
 * time functions become exact (sprig's TestAgo rows); random strings are checked for length and
 * alphabet only.
 */
class NonHermeticFuncsTest {
    private final FuncMap funcs = new FuncMap();

    NonHermeticFuncsTest() {
        SprigTextFuncs.register(funcs);
    }

    @AfterEach
    void reset() {
        DateFuncs.resetClock();
    }

    private Object call(String name, Object... args) {
        return funcs.get(name).impl().call(args);
    }

    private static void fixedAt(String instant, String zone) {
        DateFuncs.setClock(Clock.fixed(Instant.parse(instant), ZoneId.of(zone)));
    }

    @Test
    void nowComesFromTheInjectedClock() {
        fixedAt("2024-05-06T07:08:09.5Z", "UTC");
        // Go appends " m=+..." (the monotonic reading) to time.Now() values; that part is not reproduced.
        assertEquals("2024-05-06 07:08:09.5 +0000 UTC", ((GoTime) call("now")).goString());
        fixedAt("2024-05-06T07:08:09Z", "Europe/Berlin");
        assertEquals("2024-05-06 09:08:09 +0200 CEST", ((GoTime) call("now")).goString());
        assertEquals("2024-05-06", call("htmlDate", call("now")));
        assertEquals("09:08", call("date", "15:04", "not a time, so now"));
    }

    @Test
    void agoMatchesSprigTestAgo() {
        fixedAt("2024-05-06T07:08:09Z", "UTC");
        GoTime now = (GoTime) call("now");
        assertEquals("2m5s", call("ago", now.add(-125 * GoDuration.SECOND)));
        assertEquals("2h34m17s", call("ago", now.add(-(2 * 3600 + 34 * 60 + 17) * GoDuration.SECOND)));
        assertEquals("-5s", call("ago", now.add(5 * GoDuration.SECOND)));
        assertEquals("1s", call("ago", now.add(-1_400_000_000L)));
        assertEquals("0s", call("ago", "anything else is now"));
        assertEquals("2d", call("durationRound", now.add(-50 * GoDuration.HOUR)));
    }

    @Test
    void randomStringsHaveTheRightLengthAndAlphabet() {
        for (int n : new int[]{0, 1, 5, 64}) {
            String alnum = (String) call("randAlphaNum", n);
            String alpha = (String) call("randAlpha", n);
            String ascii = (String) call("randAscii", n);
            String num = (String) call("randNumeric", n);
            assertEquals(n, alnum.length());
            assertEquals(n, alpha.length());
            assertEquals(n, ascii.length());
            assertEquals(n, num.length());
            assertTrue(alnum.matches("[A-Za-z0-9]*"), alnum);
            assertTrue(alpha.matches("[A-Za-z]*"), alpha);
            assertTrue(ascii.matches("[\\x20-\\x7e]*"), ascii);
            assertTrue(num.matches("[0-9]*"), num);
        }
        assertEquals("", call("randAlphaNum", -3));
    }

    @Test
    void shuffleIsAPermutationOfRunes() {
        String in = "Hello, wörld 😀";
        String out = (String) call("shuffle", in);
        assertEquals(in.codePoints().sorted().boxed().toList(), out.codePoints().sorted().boxed().toList());
    }

    @Test
    void clockZoneIsGoLocal() {
        fixedAt("2024-01-01T00:00:00Z", "America/New_York");
        assertEquals("19:00 EST", call("dateInZone", "15:04 MST", 1704067200L, "Local"));
        assertEquals("00:00 UTC", call("dateInZone", "15:04 MST", 1704067200L, "UTC"));
        assertEquals("00:00 UTC", call("dateInZone", "15:04 MST", 1704067200L, "No/Such_Zone"));
        DateFuncs.setClock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals("00:00 UTC", call("date", "15:04 MST", 1704067200L));
    }
}
