package org.hazlab.core.review.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
        writeAtomically(md, MarkdownReviewReport.render(result));
        writeAtomically(html, HtmlReviewReport.render(result));
        writeAtomically(json, JsonReviewReport.render(result));
        return List.of(md, html, json);
    }

    /** Temporary files are created owner-only; a report is an ordinary file (rw-r--r--) once in place. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes text to a temporary sibling and renames it over the target. */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
