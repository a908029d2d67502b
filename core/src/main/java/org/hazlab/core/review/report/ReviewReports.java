package org.hazlab.core.review.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.core.review.ReviewResult;

/**
 * Writes a review's reports: {@code review-PERIOD.md}, {@code review-PERIOD.html} (one self-contained file with
 * inline SVG charts) and {@code review-PERIOD.json}. Each is written to a temporary file in the same folder and
 * moved into place atomically, so a reader never sees half a report; the content depends only on the inputs and
 * the as-of date, so the same review gives the same bytes.
 */
public final class ReviewReports {

    private ReviewReports() {
    }

    public static List<Path> writeAll(ReviewResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        String base = "review-" + result.period();
        Path md = dir.resolve(base + ".md");
        Path html = dir.resolve(base + ".html");
        Path json = dir.resolve(base + ".json");
        AtomicFiles.writeString(md, MarkdownReviewReport.render(result));
        AtomicFiles.writeString(html, HtmlReviewReport.render(result));
        AtomicFiles.writeString(json, JsonReviewReport.render(result));
        return List.of(md, html, json);
    }
}
