package org.hazlab.core.review.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.history.HistoryRecord;

/**
 * Writes a review's reports from one {@link ReportContent}: {@code review-PERIOD.md}, {@code review-PERIOD.html}
 * (one self-contained file with inline SVG charts) and {@code review-PERIOD.json}. Each is written to a temporary
 * file in the same folder and moved into place atomically, so a reader never sees half a report; the content
 * depends only on the inputs and the as-of date, so the same review gives the same bytes.
 */
public final class ReviewReports {

    private ReviewReports() {
    }

    /**
     * @param previous the history's record of the review before this one, when there is a history
     */
    public static List<Path> writeAll(ReviewResult result, Path dir, Optional<JsonNode> previous) throws IOException {
        return writeAll(result, dir, previous, HistoryRecord.of(result));
    }

    /** The same with the review's history record already made ({@code HistoryRecord.of(result)}). */
    public static List<Path> writeAll(ReviewResult result, Path dir, Optional<JsonNode> previous, ObjectNode record)
            throws IOException {
        Files.createDirectories(dir);
        ReportContent content = ReportContentBuilder.build(result, previous, record);
        String base = "review-" + result.period();
        Path md = dir.resolve(base + ".md");
        Path html = dir.resolve(base + ".html");
        Path json = dir.resolve(base + ".json");
        AtomicFiles.writeString(md, MarkdownRenderer.render(content));
        AtomicFiles.writeString(html, HtmlRenderer.render(content));
        AtomicFiles.writeString(json, JsonRenderer.render(content, record));
        return List.of(md, html, json);
    }

    public static List<Path> writeAll(ReviewResult result, Path dir) throws IOException {
        return writeAll(result, dir, Optional.empty());
    }
}
