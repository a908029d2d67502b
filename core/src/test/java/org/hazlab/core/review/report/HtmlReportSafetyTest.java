package org.hazlab.core.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.model.SystemProfile;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.review.PeriodicReview;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.trigger.TriggerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model and incidents full of markup: the HTML report escapes every dataset string and loads nothing from
 * outside the file; the same model exercises the harm, rate and class-change triggers.
 */
class HtmlReportSafetyTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    static SafetyModel model() {
        return SafetyModel.builder(RiskPolicies.defaultPolicy())
                .system(new SystemProfile("SYS", "Pump " + HOSTILE, "", Map.of()))
                .item(SoftwareItem.of("LOG", "Logger " + HOSTILE).withOrigin(Origin.of("items.csv", 2)))
                .hazard(new Hazard("HZ-1", "Title " + HOSTILE, List.of("LOG"), "situation", "harm", "Minor",
                        "Remote", List.of(), "", Origin.of("hazards.csv", 2)))
                .build().modelIfValid().orElseThrow();
    }

    static IncidentStore incidents() {
        List<Incident> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int month = 0; month < 21; month++) {
            LocalDate day = start.plusMonths(month);
            rows.add(new Incident("R" + month + "<b>&", day, null, EventType.MALFUNCTION, "FRN", "", List.of("HZ-1"),
                    List.of(), "", HOSTILE, "", null));
            rows.add(new Incident("U" + month, day, null, EventType.OTHER, "FRN", "", List.of(), List.of(), "",
                    "unrelated " + HOSTILE, "", null));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(new Incident("INJ-" + i + "\"<x>", LocalDate.of(2026, 8, 10 + i), null, EventType.INJURY,
                    "FRN", "", List.of("HZ-1"), List.of(), "", HOSTILE, "", null));
        }
        return IncidentStore.of(rows);
    }

    @Test
    void everyDatasetStringIsEscapedAndNothingIsFetched() throws Exception {
        ReviewResult result = org.hazlab.core.review.job.ReviewJob.run(model(), incidents(),
                ReviewOptions.forPeriod("2026-Q3").withOutDir(dir).withVersion("test"));
        String html = Files.readString(dir.resolve("review-2026-Q3.html"));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element");
        assertFalse(lower.contains("<img"), "no unescaped markup from data");
        assertFalse(java.util.regex.Pattern.compile("<[^>]*\\s(src|href|xlink:href|action)=\"(?!#)").matcher(lower).find(),
                "no tag loads or links anything outside the file (in-page anchors only)");
        assertFalse(lower.contains("http:") || lower.contains("https:"), "no network address");
        assertFalse(lower.contains("@import") || lower.contains("url("), "no external CSS");
        assertTrue(html.contains("Pump &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assertTrue(html.contains("INJ-0&quot;&lt;x&gt;"));
        assertTrue(html.contains("<svg"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.trim().endsWith("</html>"));
        assertTrue(result.hasTriggers());
    }

    @Test
    void harmRateAndClassChangeTriggers() throws Exception {
        // 3 injuries in 2026-Q3 over 1000 units in use: rate 3e-3, far above Remote's 1e-5
        Map<String, Double> exposure = new java.util.HashMap<>();
        for (String period : List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3")) {
            exposure.put(period, 1000.0);
        }
        ReviewResult result = PeriodicReview.analyse(model(), incidents(),
                ReviewOptions.forPeriod("2026-Q3").withExposure(exposure));
        List<TriggerKind> kinds = result.triggers().stream().map(t -> t.kind()).toList();
        assertTrue(kinds.contains(TriggerKind.HARM_WORSE_THAN_ASSUMED), kinds.toString());
        assertTrue(kinds.contains(TriggerKind.RATE_ABOVE_BAND), kinds.toString());
        assertTrue(kinds.contains(TriggerKind.CLASS_CHANGE), kinds.toString());
        var harm = result.triggers().stream().filter(t -> t.kind() == TriggerKind.HARM_WORSE_THAN_ASSUMED).findFirst()
                .orElseThrow();
        assertEquals(List.of("INJ-0\"<x>", "INJ-1\"<x>", "INJ-2\"<x>"), harm.evidence());
        var change = result.triggers().stream().filter(t -> t.kind() == TriggerKind.CLASS_CHANGE
                && t.items().equals(List.of("LOG"))).findFirst().orElseThrow();
        assertTrue(change.finding().startsWith("LOG changes from class B to C"), change.finding());
        // a constant baseline is not overdispersed: the plain u chart, not Laney's u'
        assertEquals("u", result.hazard("HZ-1").orElseThrow().now().chart().kind());
        // 3 injuries over 1000 units in use for a quarter = 250 device-years: 0.012 per device-year
        assertEquals(3 / 250.0, result.hazard("HZ-1").orElseThrow().observedRate(), 1e-12);
    }
}
