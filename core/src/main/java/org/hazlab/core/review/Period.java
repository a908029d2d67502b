package org.hazlab.core.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review or counting period: a calendar quarter ({@code 2026-Q3}) or month ({@code 2026-09}). Periods of one
 * granularity are numbered consecutively ({@link #ordinal()}), so series are arrays indexed by period.
 *
 * @param year    calendar year
 * @param number  quarter 1-4 or month 1-12
 * @param quarter true for quarters, false for months
 */
public record Period(int year, int number, boolean quarter) implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public Period {
        if (number < 1 || number > (quarter ? 4 : 12)) {
            throw new IllegalArgumentException("no such " + (quarter ? "quarter" : "month") + ": " + number);
        }
    }

    /** "2026-Q3" or "2026-09". */
    public static Period parse(String text) {
        String t = text.strip();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return new Period(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)), true);
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), false);
        }
        throw new IllegalArgumentException("not a period: '" + text + "' (expected 2026-Q3 or 2026-09)");
    }

    /** The period of the same granularity containing a date. */
    public Period containing(LocalDate date) {
        return quarter ? new Period(date.getYear(), (date.getMonthValue() - 1) / 3 + 1, true)
                : new Period(date.getYear(), date.getMonthValue(), false);
    }

    /** Consecutive number of the period (months or quarters since year 0). */
    public int ordinal() {
        return year * (quarter ? 4 : 12) + number - 1;
    }

    /** The period with a given ordinal, of this granularity. */
    public Period withOrdinal(int ordinal) {
        int per = quarter ? 4 : 12;
        return new Period(Math.floorDiv(ordinal, per), Math.floorMod(ordinal, per) + 1, quarter);
    }

    public Period plus(int periods) {
        return withOrdinal(ordinal() + periods);
    }

    public LocalDate start() {
        return quarter ? LocalDate.of(year, (number - 1) * 3 + 1, 1) : LocalDate.of(year, number, 1);
    }

    public LocalDate end() {
        return quarter ? YearMonth.of(year, number * 3).atEndOfMonth() : YearMonth.of(year, number).atEndOfMonth();
    }

    /** Ordinal of the period containing an epoch day. */
    public int ordinalOf(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return quarter ? date.getYear() * 4 + (date.getMonthValue() - 1) / 3
                : date.getYear() * 12 + date.getMonthValue() - 1;
    }

    @Override
    public int compareTo(Period other) {
        return Integer.compare(ordinal(), other.ordinal());
    }

    @Override
    public String toString() {
        return quarter ? year + "-Q" + number : String.format(java.util.Locale.ROOT, "%d-%02d", year, number);
    }
}
