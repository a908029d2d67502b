package org.hazlab.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.review.EventOfInterest;
import org.hazlab.core.review.Exposure;
import org.hazlab.core.review.Period;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.link.LinkRule;
import org.hazlab.core.review.stats.Ebgm;
import org.junit.jupiter.api.Test;

/** The review word's named arguments become core's typed options; mistakes name the key. */
class ReviewOptionKeysTest {

    @Test
    void everyNamedArgumentSetsItsTypedOption() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("period", "2026-09");
        args.put("asOf", "2026-10-15");
        args.put("keywords", Map.of("HZ-010", List.of("LOW FLOW RATE")));
        args.put("regex", Map.of("HZ-016", "NO ALARM"));
        args.put("exposure", Map.of("2026-09", 1200));
        args.put("exposureUnit", "device-years");
        args.put("baselinePeriods", 12);
        args.put("eventOfInterest", "death-or-serious-injury");
        args.put("cusumArl", 500);
        args.put("cusumShift", 1.5);
        args.put("ewmaLambda", 0.3);
        args.put("overdispersionAlpha", 0.01);
        args.put("ebgmPrior", List.of(0.2, 0.1, 2, 4, 0.3333));
        args.put("expectedNonSerious", Map.of("*", 150));
        args.put("deviceClass", "IIa");
        args.put("unlinkedShareLimit", 0.4);
        args.put("history", "h.jsonl");
        args.put("inputFiles", List.of("a.csv"));
        args.put("version", "1.2");
        ReviewOptions options = ReviewOptionKeys.options(args);
        assertEquals(Period.parse("2026-09"), options.period());
        assertEquals(LocalDate.of(2026, 10, 15), options.asOf());
        assertEquals(List.of(new LinkRule.Keywords(List.of("LOW FLOW RATE"), "HZ-010"),
                new LinkRule.Regex("NO ALARM", "HZ-016")), options.linkRules().rules());
        assertEquals(Exposure.ExposureUnit.DEVICE_YEARS, options.exposure().unit());
        assertEquals(1200.0, options.exposure().converted(Period.parse("2026-09")));
        assertEquals(12, options.baselinePeriods());
        assertEquals(EventOfInterest.DEATH_OR_SERIOUS_INJURY, options.parameters().eventOfInterest());
        assertEquals(500, options.parameters().cusumTargetArl());
        assertEquals(1.5, options.parameters().cusumShift());
        assertEquals(0.3, options.parameters().ewmaLambda());
        assertEquals(0.01, options.parameters().overdispersionAlpha());
        assertEquals(new Ebgm.Prior(0.2, 0.1, 2, 4, 0.3333), options.parameters().ebgmPrior());
        assertEquals(Map.of("*", 150.0), options.plan().expectedNonSerious());
        assertEquals("IIa", options.plan().deviceClass());
        assertEquals(0.4, options.plan().unlinkedShareLimit());
        assertEquals(Path.of("h.jsonl"), options.historyFile());
        assertEquals(List.of(Path.of("a.csv")), options.inputFiles());
        assertEquals("1.2", options.hazlabVersion());
    }

    @Test
    void mistakesNameTheKey() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ReviewOptionKeys.options(Map.of("period", "2026-Q3", "perod", "x")));
        assertTrue(unknown.getMessage().startsWith("review: unknown option 'perod'; known: period, asOf"),
                unknown.getMessage());
        assertEquals("review needs a period, e.g. period: '2026-Q3'", assertThrows(IllegalArgumentException.class,
                () -> ReviewOptionKeys.options(Map.of("asOf", "2026-10-01"))).getMessage());
        assertEquals("review: cusumArl must be a number, not 'many'", assertThrows(IllegalArgumentException.class,
                () -> ReviewOptionKeys.options(Map.of("period", "2026-Q3", "cusumArl", "many"))).getMessage());
        assertEquals("review: unknown value 'per-hour'; known: per-device-year, per-use",
                assertThrows(IllegalArgumentException.class, () -> ReviewOptionKeys.options(
                        Map.of("period", "2026-Q3", "probabilityUnit", "per-hour"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReviewOptionKeys.options(
                Map.of("period", "2026-Q3", "eventOfInterest", "injury"))).getMessage()
                .contains("known: death, death-or-serious-injury, any-injury"));
    }
}
