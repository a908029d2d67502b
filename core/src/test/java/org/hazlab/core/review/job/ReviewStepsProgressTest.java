package org.hazlab.core.review.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.review.ReviewOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After the narrative search, a review names each of its later steps to the progress display, in order. */
class ReviewStepsProgressTest {

    @TempDir
    Path dir;

    @Test
    void theStepsAfterTheSearchAreReportedInOrder() throws Exception {
        SafetyModel model = SafetyModel.builder(RiskPolicies.defaultPolicy())
                .item(SoftwareItem.of("X", "X").withOrigin(Origin.of("items.csv", 2)))
                .hazard(new Hazard("H1", "", List.of("X"), "s", "h", "Serious", "Remote", List.of(), "",
                        Origin.of("hazards.csv", 2)))
                .build().modelIfValid().orElseThrow();
        List<Incident> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new Incident("R" + i, LocalDate.of(2025, 1, 1).plusDays(15L * i), null, EventType.MALFUNCTION,
                    "FRN", "", List.of("H1"), List.of(), "", "", "", null));
        }
        List<String> reported = new ArrayList<>();
        ImportProgress recording = new ImportProgress() {
            @Override
            public void progress(String label, long done, long total) {
                if (reported.isEmpty() || !reported.get(reported.size() - 1).equals("search")) {
                    reported.add("search");
                }
            }

            @Override
            public void step(String what) {
                reported.add(what);
            }
        };
        ReviewJob.run(model, IncidentStore.of(rows), ReviewOptions.forPeriod("2026-Q3")
                .withHistory(dir.resolve("history.jsonl")).withVersion("test"), recording);

        assertEquals(List.of("reviewing 2026-Q3: counts and signals", "reviewing 2026-Q3: classes and triggers",
                "reviewing 2026-Q3: history and reports"), reported.stream().filter(r -> !r.equals("search")).toList());
    }
}
