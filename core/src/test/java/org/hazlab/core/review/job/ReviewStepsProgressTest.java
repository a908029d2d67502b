package org.hazlab.core.review.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.SmallReviews;
import org.hazlab.core.review.link.LinkRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review reports its narrative search, then names each of its later steps to the progress display, in order. */
class ReviewStepsProgressTest {

    @TempDir
    Path dir;

    @Test
    void theStepsAfterTheSearchAreReportedInOrder() throws Exception {
        SafetyModel model = SmallReviews.itemWithHazards("H1");
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
        ReviewJob.run(model, SmallReviews.fortnightlyReports(40, "H1"), ReviewOptions.forPeriod("2026-Q3")
                .withLinkRules(LinkRules.of(Map.of("H1", List.of("FREE FLOW")), Map.of(), Map.of()))
                .withHistory(dir.resolve("history.jsonl")).withVersion("test"), recording);

        assertEquals(List.of("search", "reviewing 2026-Q3: counts and signals",
                "reviewing 2026-Q3: classes and triggers", "reviewing 2026-Q3: history and reports"), reported);
    }
}
