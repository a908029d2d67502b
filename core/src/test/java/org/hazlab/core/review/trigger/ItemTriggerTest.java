package org.hazlab.core.review.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.PeriodicReview;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.SmallReviews;
import org.hazlab.core.review.ReviewResult;
import org.junit.jupiter.api.Test;

/** An item whose two hazards each rise a little: only the item's series crosses its control limit. */
class ItemTriggerTest {

    @Test
    void itemTrendWithoutAHazardTrendRaisesAnItemTrigger() throws Exception {
        SafetyModel model = SmallReviews.itemWithHazards("H1", "H2");
        List<Incident> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 7, 1);
        int id = 0;
        for (int quarter = 0; quarter < 9; quarter++) {
            int each = quarter == 8 ? 6 : 2;   // baseline 2 per hazard and quarter, then 6 each in 2026-Q3
            for (String hazard : List.of("H1", "H2")) {
                for (int i = 0; i < each; i++) {
                    rows.add(new Incident("R" + id++, start.plusMonths(3L * quarter).plusDays(i), null,
                            EventType.MALFUNCTION, "FRN", "", List.of(hazard), List.of(), "", "", "", null));
                }
            }
            rows.add(new Incident("U" + id++, start.plusMonths(3L * quarter), null, EventType.INJURY, "FRN", "",
                    List.of(), List.of(), "", "", "", null));
        }
        ReviewResult result = PeriodicReview.analyse(model, IncidentStore.of(rows),
                ReviewOptions.forPeriod("2026-Q3"));
        assertTrue(result.hazard("H1").orElseThrow().now().fired().isEmpty(),
                result.hazard("H1").orElseThrow().now().fired().toString());
        // 12 against a baseline of 4: above the c chart's limit; the CUSUM designed for ARL0 370 (k 5.75,
        // h 6.25) reaches exactly h and does not signal on one period
        assertEquals(List.of("c-chart"), result.item("X").orElseThrow().newSignals());
        List<Trigger> triggers = result.triggers();
        assertEquals(1, triggers.size(), triggers.toString());
        assertEquals(TriggerKind.NEW_SIGNAL, triggers.get(0).kind());
        assertEquals(List.of("X"), triggers.get(0).items());
        assertEquals("reassess item X: look for a common cause across its hazards", triggers.get(0).action());
    }
}
