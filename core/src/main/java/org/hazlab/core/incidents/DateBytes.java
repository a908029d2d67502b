package org.hazlab.core.incidents;

import java.time.LocalDate;

/**
 * Parses the date spellings incident files use, straight from bytes to an epoch day: ISO {@code 2026-03-31},
 * MAUDE's {@code 03/31/2026} (and one-digit month or day), {@code 2026/03/31}, compact {@code 20260331}, and
 * {@code 31-MAR-26}-free variants are not guessed. Empty and {@code *} are "no date"; anything else is an error
 * the importer reports.
 */
public final class DateBytes {

    /** Returned for a spelling that is not a date. */
    public static final int INVALID = Integer.MAX_VALUE;

    private DateBytes() {
    }

    public static int parse(String text) {
        byte[] bytes = text.strip().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return parse(bytes, 0, bytes.length);
    }

    /** Epoch day, {@link IncidentStore#NO_DATE} for empty or {@code *}, or {@link #INVALID}. */
    public static int parse(byte[] b, int offset, int length) {
        while (length > 0 && b[offset] == ' ') {
            offset++;
            length--;
        }
        while (length > 0 && (b[offset + length - 1] == ' ' || b[offset + length - 1] == '\r')) {
            length--;
        }
        if (length == 0 || length == 1 && b[offset] == '*') {
            return IncidentStore.NO_DATE;
        }
        // ISO first, the spelling of almost every date of an export (a space inside fails the digit test)
        if (length == 10 && b[offset + 4] == '-' && b[offset + 7] == '-') {
            return of(num(b, offset, 4), num(b, offset + 5, 2), num(b, offset + 8, 2));
        }
        // allow a trailing time (" 00:00:00") as some exports write it
        int space = indexOf(b, offset, length, (byte) ' ');
        if (space > 0) {
            length = space - offset;
        }
        if (length == 10 && (b[offset + 4] == '-' && b[offset + 7] == '-'
                || b[offset + 4] == '/' && b[offset + 7] == '/')) {
            return of(num(b, offset, 4), num(b, offset + 5, 2), num(b, offset + 8, 2));
        }
        if (length == 8 && indexOf(b, offset, length, (byte) '/') < 0) {
            return of(num(b, offset, 4), num(b, offset + 4, 2), num(b, offset + 6, 2));
        }
        int first = indexOf(b, offset, length, (byte) '/');
        if (first > offset) {
            int second = indexOf(b, first + 1, offset + length - first - 1, (byte) '/');
            if (second > first + 1 && offset + length - second - 1 == 4) {
                return of(num(b, second + 1, 4), num(b, offset, first - offset), num(b, first + 1, second - first - 1));
            }
        }
        return INVALID;
    }

    private static int indexOf(byte[] b, int offset, int length, byte wanted) {
        for (int i = offset; i < offset + length; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int num(byte[] b, int offset, int length) {
        if (length < 1 || length > 4) {
            return -1;
        }
        int value = 0;
        for (int i = offset; i < offset + length; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * The epoch day of a calendar date, or {@link #INVALID}: computed (days from civil, proleptic Gregorian as
     * {@link LocalDate}) instead of through a {@code LocalDate} per date, twice per report of a file of millions.
     */
    static int of(int year, int month, int day) {
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return INVALID;
        }
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400; // y >= 1899: no negative era
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
