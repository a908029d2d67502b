package org.hazlab.core.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The epoch day computed from a date's numbers is the JDK's, for every day of 1900-2200 and every impossible one. */
class DateBytesEpochDayTest {

    /** What the JDK says: the epoch day, or invalid for a date that does not exist. */
    private static int jdk(int year, int month, int day) {
        try {
            return (int) LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return DateBytes.INVALID;
        }
    }

    @Test
    void everyDayAndEveryImpossibleDayOfTheRange() {
        int checked = 0;
        for (int year = 1900; year <= 2200; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 31; day++) {
                    assertEquals(jdk(year, month, day), DateBytes.of(year, month, day), year + "-" + month + "-" + day);
                    checked++;
                }
            }
        }
        assertEquals(301 * 12 * 31, checked);
    }

    @Test
    void outOfRangeNumbersAreInvalid() {
        for (int[] date : new int[][] {{1899, 12, 31}, {2201, 1, 1}, {2024, 0, 1}, {2024, 13, 1}, {2024, 1, 0},
            {2024, 1, 32}, {-1, 1, 1}, {2024, -1, 5}}) {
            assertEquals(DateBytes.INVALID, DateBytes.of(date[0], date[1], date[2]));
        }
    }

    @Test
    void parsedTextGivesTheSameDays() {
        for (String text : new String[] {"2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2100-02-28",
            "2026/09/30", "20260930", "9/30/2026", "2024-04-31", "1970-01-01", "2026-10-15 00:00:00"}) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            String date = text.length() > 10 ? text.substring(0, 10) : text;
            int expected;
            try {
                expected = date.contains("/") && date.indexOf('/') < 4
                        ? (int) LocalDate.of(Integer.parseInt(date.substring(date.lastIndexOf('/') + 1)),
                                Integer.parseInt(date.substring(0, date.indexOf('/'))),
                                Integer.parseInt(date.substring(date.indexOf('/') + 1, date.lastIndexOf('/'))))
                                .toEpochDay()
                        : (int) LocalDate.of(Integer.parseInt(date.substring(0, 4)),
                                Integer.parseInt(date.replace("/", "").replace("-", "").substring(4, 6)),
                                Integer.parseInt(date.replace("/", "").replace("-", "").substring(6, 8))).toEpochDay();
            } catch (DateTimeException e) {
                expected = DateBytes.INVALID;
            }
            assertEquals(expected, DateBytes.parse(bytes, 0, bytes.length), text);
        }
    }

    @Test
    void oddSpellingsAreInvalidOrNoDateNeverAnException() {
        int march31 = (int) LocalDate.of(2026, 3, 31).toEpochDay();
        String[][] cases = {
            {"", "none"}, {"*", "none"}, {"   ", "none"}, {"5", "invalid"}, {"2026", "invalid"},
            {"2026-0 -31", "invalid"}, {"20 6-03-31", "invalid"}, {"2026-03-3x", "invalid"}, {"2026-3-31", "invalid"},
            {"  2026-03-31  ", "ok"}, {"2026-03-31\r", "ok"}, {"2026/03/31 12:00", "ok"}, {"3/31/2026", "ok"},
            {"03/31/2026", "ok"}, {"20260331", "ok"}, {"2026-03-31T00:00", "invalid"}};
        for (String[] c : cases) {
            byte[] bytes = c[0].getBytes(StandardCharsets.US_ASCII);
            int expected = switch (c[1]) {
                case "none" -> IncidentStore.NO_DATE;
                case "ok" -> march31;
                default -> DateBytes.INVALID;
            };
            assertEquals(expected, DateBytes.parse(bytes, 0, bytes.length), "'" + c[0] + "'");
        }
    }
}
