package org.hazlab.core.review.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.PeriodicReview;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.history.HistoryRecord;
import org.hazlab.core.review.history.ReviewHistory;
import org.hazlab.core.review.report.ReviewReports;

/**
 * A review as a scheduled job runs it: the analysis, then (when the options ask) one record appended to the
 * review history under its lock, then the Markdown, HTML and JSON reports written atomically. Kept apart from
 * {@link PeriodicReview} so that the analysis knows nothing of its writers.
 */
public final class ReviewJob {

    private ReviewJob() {
    }

    public static ReviewResult run(SafetyModel model, IncidentStore incidents, ReviewOptions options)
            throws IOException {
        return run(model, incidents, options, ImportProgress.NONE);
    }

    /** The same, with the progress of the analysis (its search of the narratives, then its steps) and writing. */
    public static ReviewResult run(SafetyModel model, IncidentStore incidents, ReviewOptions options,
                                   ImportProgress progress) throws IOException {
        ReviewResult result = PeriodicReview.analyse(model, incidents, options, progress);
        progress.step(PeriodicReview.step(options, "history and reports"));
        java.util.Optional<com.fasterxml.jackson.databind.JsonNode> previous = java.util.Optional.empty();
        ObjectNode record = HistoryRecord.of(result);
        if (options.historyFile() != null) {
            previous = ReviewHistory.appendAfter(options.historyFile(), record,
                    org.hazlab.core.review.history.HistoryLock.DEFAULT_WAIT).previous();
        }
        if (options.outDir() != null) {
            ReviewReports.writeAll(result, options.outDir(), previous, record);
        }
        return result;
    }
}
