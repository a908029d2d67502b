package org.hazlab.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
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
    void typedOptionsAndDefaults() {
        ReviewOptions defaults = ReviewOptions.forPeriod("2026-09");
        assertEquals(24, defaults.baselinePeriods());
        assertEquals(LocalDate.of(2026, 9, 30), defaults.asOf());
        assertEquals(SignalParameters.DEFAULTS, defaults.parameters());
        assertEquals(EventOfInterest.ANY_INJURY, defaults.parameters().eventOfInterest());
        assertEquals(370, defaults.parameters().cusumTargetArl());
        assertEquals(SurveillancePlan.DEFAULTS, defaults.plan());
        ReviewOptions set = defaults.withBaselinePeriods(12).withHistory(Path.of("h.jsonl"))
                .withParameters(defaults.parameters().withEventOfInterest(EventOfInterest.DEATH))
                .withExposure(Map.of("2026-09", 1200.0));
        assertEquals(12, set.baselinePeriods());
        assertEquals(EventOfInterest.DEATH, set.parameters().eventOfInterest());
        assertEquals(1200.0, set.exposure().perPeriod().get("2026-09"));
        // 1200 units in use for a month are 100 device-years
        assertEquals(100.0, set.exposure().converted(Period.parse("2026-09")), 1e-9);
        assertEquals("2026-09: 1200 units in use x 0.08333 = 100 device-years",
                set.exposure().describe(Period.parse("2026-09")));
        assertThrows(IllegalArgumentException.class, () -> defaults.parameters().withCusum(370, 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.plan().withDeviceClass("IV"));
        assertThrows(IllegalArgumentException.class, () -> EventOfInterest.parse("injury-ish"));
    }
}
