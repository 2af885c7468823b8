package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.FLOAT64;
import static dev.capstan.gotemplate.ParamType.INT;
import static dev.capstan.gotemplate.ParamType.STRING;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoStrconv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BinaryOperator;

/**
 * Sprig's numeric.go and the integer/float conversions of functions.go. Integer arithmetic is
 * int64 (Long) after {@link Cast#toInt64}; the {@code *f} family goes through shopspring/decimal
 * exactly as Sprig does (each operand turned into its shortest decimal, exact add/sub/mul, division
 * rounded half away from zero to 16 places) and returns float64.
 */
public final class NumericFunctions {
    private static final String DIVIDE_BY_ZERO = "runtime error: integer divide by zero";
    /** shopspring/decimal's DivisionPrecision. */
    private static final int DIVISION_PRECISION = 16;

    private NumericFunctions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("add1", a -> Cast.toInt64(a[0]) + 1, ANY));
        m.put(Func.variadic("add", a -> {
            long sum = 0;
            for (Object o : a) sum += Cast.toInt64(o);
            return sum;
        }, ANY));
        m.put(Func.of("sub", a -> Cast.toInt64(a[0]) - Cast.toInt64(a[1]), ANY, ANY));
        m.put(Func.of("div", a -> {
            long d = Cast.toInt64(a[1]);
            if (d == 0) throw new FunctionException(DIVIDE_BY_ZERO);
            return Cast.toInt64(a[0]) / d;
        }, ANY, ANY));
        m.put(Func.of("mod", a -> {
            long d = Cast.toInt64(a[1]);
            if (d == 0) throw new FunctionException(DIVIDE_BY_ZERO);
            return Cast.toInt64(a[0]) % d;
        }, ANY, ANY));
        m.put(Func.variadic("mul", a -> {
            long product = Cast.toInt64(a[0]);
            for (int i = 1; i < a.length; i++) product *= Cast.toInt64(a[i]);
            return product;
        }, ANY, ANY));
        m.put(Func.of("randInt", a -> {
            long min = Cast.intArg(a[0]);
            long n = Cast.intArg(a[1]) - min;
            if (n <= 0) throw new FunctionException("invalid argument to Intn");
            return Cast.goInt(ThreadLocalRandom.current().nextLong(n) + min);
        }, INT, INT));
        m.put(Func.of("add1f", a -> decimalOp(a[0], new Object[] {1}, BigDecimal::add), ANY));
        m.put(Func.variadic("addf", a -> decimalOp(0.0, a, BigDecimal::add), ANY));
        m.put(Func.variadic("subf", a -> decimalOp(a[0], rest(a), BigDecimal::subtract), ANY, ANY));
        m.put(Func.variadic("divf", a -> decimalOp(a[0], rest(a), NumericFunctions::decimalDiv), ANY, ANY));
        m.put(Func.variadic("mulf", a -> decimalOp(a[0], rest(a), BigDecimal::multiply), ANY, ANY));
        m.put(Func.variadic("biggest", NumericFunctions::max, ANY, ANY));
        m.put(Func.variadic("max", NumericFunctions::max, ANY, ANY));
        m.put(Func.variadic("min", NumericFunctions::min, ANY, ANY));
        m.put(Func.variadic("maxf", a -> {
            double r = Cast.toFloat64(a[0]);
            for (int i = 1; i < a.length; i++) r = goMax(r, Cast.toFloat64(a[i]));
            return r;
        }, ANY, ANY));
        m.put(Func.variadic("minf", a -> {
            double r = Cast.toFloat64(a[0]);
            for (int i = 1; i < a.length; i++) r = goMin(r, Cast.toFloat64(a[i]));
            return r;
        }, ANY, ANY));
        m.put(Func.of("ceil", a -> Math.ceil(Cast.toFloat64(a[0])), ANY));
        m.put(Func.of("floor", a -> Math.floor(Cast.toFloat64(a[0])), ANY));
        m.put(Func.variadic("round", a -> round(Cast.toFloat64(a[0]), Cast.intArg(a[1]),
                a.length > 2 ? (Double) a[2] : 0.5), FLOAT64, ANY, INT));
        m.put(Func.variadic("seq", NumericFunctions::seq, INT));
        m.put(Func.of("until", a -> {
            long count = Cast.intArg(a[0]);
            return untilStep(0, count, count < 0 ? -1 : 1);
        }, INT));
        m.put(Func.of("untilStep", a -> untilStep(Cast.intArg(a[0]), Cast.intArg(a[1]), Cast.intArg(a[2])), INT, INT, INT));
        m.put(Func.of("toDecimal", a -> {
            Long v = GoStrconv.parseInt(GoFmt.sprint(a[0]), 8);
            return v == null ? 0L : v;
        }, ANY));
        m.put(Func.of("atoi", a -> Cast.goInt(Cast.atoi((String) a[0])), STRING));
        m.put(Func.of("int64", a -> Cast.toInt64(a[0]), ANY));
        m.put(Func.of("int", a -> Cast.goInt(Cast.toInt(a[0])), ANY));
        m.put(Func.of("float64", a -> Cast.toFloat64(a[0]), ANY));
    }

    private static Object[] rest(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    private static Object max(Object[] a) {
        long r = Cast.toInt64(a[0]);
        for (int i = 1; i < a.length; i++) r = Math.max(r, Cast.toInt64(a[i]));
        return r;
    }

    private static Object min(Object[] a) {
        long r = Cast.toInt64(a[0]);
        for (int i = 1; i < a.length; i++) r = Math.min(r, Cast.toInt64(a[i]));
        return r;
    }

    /** Go's math.Max: +Inf wins over NaN, then NaN, then +0 over -0. */
    static double goMax(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return (Double.doubleToRawLongBits(x) < 0) ? y : x;
        return x > y ? x : y;
    }

    /** Go's math.Min: -Inf wins over NaN, then NaN, then -0 over +0. */
    static double goMin(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) return Double.NEGATIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return (Double.doubleToRawLongBits(x) < 0) ? x : y;
        return x < y ? x : y;
    }

    /** Sprig's execDecimalOp: fold the operands as decimals, then the nearest float64. */
    private static double decimalOp(Object first, Object[] others, BinaryOperator<BigDecimal> op) {
        BigDecimal acc = decimal(Cast.toFloat64(first));
        for (Object o : others) acc = op.apply(acc, decimal(Cast.toFloat64(o)));
        return acc.doubleValue();
    }

    /** decimal.NewFromFloat: the shortest decimal that reads back as the same float64. */
    static BigDecimal decimal(double f) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            throw new FunctionException("Cannot create a Decimal from " + (Double.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf"));
        }
        if (f == 0) return BigDecimal.ZERO;
        return new BigDecimal(GoFmt.formatFloat(f, 'e', -1));
    }

    /** decimal.Div: DivRound to 16 places, a remainder of exactly half rounding away from zero. */
    private static BigDecimal decimalDiv(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) throw new FunctionException("decimal division by 0");
        return a.divide(b, DIVISION_PRECISION, RoundingMode.HALF_UP);
    }

    /** Sprig's round: scale by 10^places, round on the fraction threshold, scale back. */
    static double round(double val, long places, double roundOn) {
        double pow = pow10(places);
        double digit = pow * val;
        double frac = digit % 1.0; // math.Modf's fractional part: exact, with the sign of digit
        double r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
        return r / pow;
    }

    /** math.Pow(10, n) as Go computes it for the integer exponents that occur here. */
    private static double pow10(long n) {
        if (n >= 0 && n <= 22) return Double.parseDouble("1e" + n);
        if (n < 0 && n >= -22) return 1.0 / Double.parseDouble("1e" + (-n));
        return Math.pow(10, n);
    }

    /** Sprig's untilStep: counts from start toward stop (exclusive); a step pointing away gives []. */
    static List<Object> untilStep(long start, long stop, long step) {
        List<Object> v = new dev.capstan.gotemplate.GoList("int", List.of());
        if (stop < start) {
            if (step >= 0) return v;
            for (long i = start; i > stop; i += step) v.add(Cast.goInt(i));
            return v;
        }
        if (step <= 0) return v;
        for (long i = start; i < stop; i += step) v.add(Cast.goInt(i));
        return v;
    }

    static String seq(Object[] a) {
        long[] p = new long[a.length];
        for (int i = 0; i < a.length; i++) p[i] = Cast.intArg(a[i]);
        List<Object> values;
        switch (p.length) {
            case 1 -> {
                long increment = p[0] < 1 ? -1 : 1;
                values = untilStep(1, p[0] + increment, increment);
            }
            case 2 -> {
                long step = p[1] < p[0] ? -1 : 1;
                values = untilStep(p[0], p[1] + step, step);
            }
            case 3 -> {
                long start = p[0];
                long step = p[1];
                long end = p[2];
                long increment = 1;
                if (end < start) {
                    increment = -1;
                    if (step > 0) return "";
                }
                values = untilStep(start, end + increment, step);
            }
            default -> {
                return "";
            }
        }
        StringJoiner j = new StringJoiner(" ");
        for (Object i : values) j.add(i.toString());
        return j.toString();
    }
}
