package org.hazlab.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hazlab.core.review.link.LinkRule;
import org.junit.jupiter.api.Test;

/** Periods and the named-argument options the DSL passes. */
class PeriodAndOptionsTest {

    @Test
    void quartersAndMonths() {
        Period q3 = Period.parse("2026-Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q3.start());
        assertEquals(LocalDate.of(2026, 9, 30), q3.end());
        assertEquals("2026-Q2", q3.plus(-1).toString());
        assertEquals("2027-Q1", q3.plus(2).toString());
        assertEquals(q3, q3.containing(LocalDate.of(2026, 8, 15)));
        Period february = Period.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 29), february.end());
        assertEquals("2023-12", february.plus(-2).toString());
        assertEquals("2026-Q3", Period.parse("2026q3").toString());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-Q5"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("Q3 2026"));
    }

    @Test
    void optionsFromNamedArguments() {
        ReviewOptions options = ReviewOptions.fromMap(Map.of("period", "2026-09", "asOf", "2026-10-15",
                "keywords", Map.of("HZ-010", List.of("LOW FLOW RATE")), "regex", Map.of("HZ-016", "NO ALARM"),
                "exposure", Map.of("2026-09", 1200), "baselinePeriods", 12, "history", "h.jsonl",
                "inputFiles", List.of("a.csv", "b.csv"), "version", "1.2"));
        assertEquals(Period.parse("2026-09"), options.period());
        assertEquals(LocalDate.of(2026, 10, 15), options.asOf());
        assertEquals(List.of(new LinkRule.Keywords(List.of("LOW FLOW RATE"), "HZ-010"),
                new LinkRule.Regex("NO ALARM", "HZ-016")), options.linkRules().rules());
        assertEquals(1200.0, options.exposure().get("2026-09"));
        assertEquals(12, options.baselinePeriods());
        assertEquals(Path.of("h.jsonl"), options.historyFile());
        assertEquals(List.of(Path.of("a.csv"), Path.of("b.csv")), options.inputFiles());
        assertEquals("1.2", options.hazlabVersion());
        ReviewOptions defaults = ReviewOptions.forPeriod("2026-09");
        assertEquals(24, defaults.baselinePeriods());
        assertEquals(LocalDate.of(2026, 9, 30), defaults.asOf());
        assertThrows(IllegalArgumentException.class, () -> ReviewOptions.fromMap(Map.of("asOf", "2026-10-01")));
    }
}
