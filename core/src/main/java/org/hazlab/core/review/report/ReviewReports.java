package org.hazlab.core.review.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        // the HTML (the costliest) is rendered on the other core while this one renders the other two
        CompletableFuture<String> htmlText = CompletableFuture.supplyAsync(() -> HtmlRenderer.render(content));
        String mdText = MarkdownRenderer.render(content);
        String jsonText = JsonRenderer.render(content, record, result.triggers());
        AtomicFiles.writeString(md, mdText);
        AtomicFiles.writeString(html, joined(htmlText));
        AtomicFiles.writeString(json, jsonText);
        return List.of(md, html, json);
    }

    private static String joined(CompletableFuture<String> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    public static List<Path> writeAll(ReviewResult result, Path dir) throws IOException {
        return writeAll(result, dir, Optional.empty());
    }
}
