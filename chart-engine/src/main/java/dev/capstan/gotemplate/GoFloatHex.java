package dev.capstan.gotemplate;

/** {@code strconv.FormatFloat(f, 'x' or 'X', prec, 64)}: hexadecimal mantissa and binary exponent. */
final class GoFloatHex {
    private GoFloatHex() {
    }

    static String format(double v, char fmt, int prec) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
        long bits = Double.doubleToRawLongBits(v);
        boolean neg = bits < 0;
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp++;
        else mant |= 1L << 52;
        exp -= 1023;
        if (mant == 0) exp = 0;
        mant <<= 60 - 52;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if (Long.compareUnsigned(extra | (mant & 1), 1L << 59) > 0) mant++;
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder sb = new StringBuilder(24);
        if (neg) sb.append('-');
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            sb.append('.');
            while (mant != 0) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) sb.append('0');
        sb.append(exp);
        return sb.toString();
    }
}
