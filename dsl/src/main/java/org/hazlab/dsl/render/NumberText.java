package org.hazlab.dsl.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader wants them in a terminal: thousands separated, at most four significant decimals, no
 * scientific notation for everyday magnitudes; the same on every machine (no locale dependence).
 */
public final class NumberText {

    private NumberText() {
    }

    /** A duration rounded as a person reads it: {@code 241 ms}, {@code 3.2 s}, {@code 4 min 12 s}. */
    public static String duration(java.time.Duration duration) {
        double ms = duration.toNanos() / 1e6;
        if (ms < 1) {
            return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(ms) + " ms";
        }
        if (ms < 1000) {
            return Math.round(ms) + " ms";
        }
        if (ms < 60_000) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(ms / 1000) + " s";
        }
        long seconds = Math.round(ms / 1000);
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    public static String format(Number number) {
        if (number instanceof Double d && (d.isNaN() || d.isInfinite())
                || number instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return number.toString();
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof java.math.BigInteger) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
        }
        double value = number.doubleValue();
        if (value != 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e15)) {
            return new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }
        BigDecimal exact = number instanceof BigDecimal b ? b : BigDecimal.valueOf(value);
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(exact);
    }
}
