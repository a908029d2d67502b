package org.hazlab.core.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hazlab.core.problem.SourceLocation;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Grouping on the store's columns: periods, codes, event types, and multi-valued hazards. */
class IncidentCountsTest {

    private static Incident incident(String id, String received, EventType type, String product, List<String> hazards) {
        return new Incident(id, LocalDate.parse(received), null, type, product, "", hazards, List.of(), "", "", "",
                SourceLocation.of("t.csv", 2));
    }

    private static final IncidentStore STORE = IncidentStore.of(List.of(
            incident("1", "2026-01-05", EventType.DEATH, "FRN", List.of("HZ-1", "HZ-2")),
            incident("2", "2026-01-20", EventType.MALFUNCTION, "FRN", List.of("HZ-1")),
            incident("3", "2026-02-01", EventType.MALFUNCTION, "FRN", List.of()),
            incident("4", "2026-04-01", EventType.MALFUNCTION, "LZG", List.of("HZ-2"))));

    private static int count(Table table, String... keyValues) {
        for (int row = 0; row < table.rowCount(); row++) {
            boolean match = true;
            for (int i = 0; i < keyValues.length; i += 2) {
                match &= table.stringColumn(keyValues[i]).get(row).equals(keyValues[i + 1]);
            }
            if (match) {
                return table.intColumn("count").get(row);
            }
        }
        return 0;
    }

    @Test
    void monthByProductByEventType() {
        Table counts = IncidentCounts.countBy(STORE, List.of("month", "product_code", "event_type"));
        assertEquals(4, counts.rowCount());
        assertEquals(1, count(counts, "month", "2026-01", "product_code", "FRN", "event_type", "malfunction"));
        assertEquals(1, count(counts, "month", "2026-01", "product_code", "FRN", "event_type", "death"));
        assertEquals("2026-01", counts.stringColumn("month").get(0), "sorted by the keys");
        assertEquals(4, counts.intColumn("count").sum());
    }

    @Test
    void aReportNamingTwoHazardsCountsUnderEachAndFourKeysGiveTheSameTotals() {
        Table byHazard = IncidentCounts.countBy(STORE, List.of("hazard"));
        assertEquals(2, count(byHazard, "hazard", "HZ-1"));
        assertEquals(2, count(byHazard, "hazard", "HZ-2"));
        assertEquals(1, count(byHazard, "hazard", ""));
        Table four = IncidentCounts.countBy(STORE, List.of("quarter", "product_code", "event_type", "hazard"));
        assertEquals(5, four.intColumn("count").sum());
        assertEquals(2, count(four, "quarter", "2026-Q1", "product_code", "FRN", "event_type", "death")
                + count(four, "quarter", "2026-Q1", "hazard", "HZ-1", "event_type", "malfunction"));
    }

    @Test
    void anUnknownKeyNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IncidentCounts.countBy(STORE, List.of("colour")));
        assertTrue(e.getMessage().contains("product_code"), e.getMessage());
    }
}
