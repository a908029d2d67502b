package org.hazlab.dsl.session;

import java.util.Objects;

/**
 * One cell of a script or notebook: Groovy code or a Markdown note, with the line of the file where its text
 * starts. The line is kept so that errors in the cell point at the user's file, not at the cell.
 *
 * @param index     0-based position among the cells of the file
 * @param kind      code or Markdown
 * @param source    the cell's text (for Markdown cells without the leading {@code //} comment markers)
 * @param firstLine 1-based line of the file on which {@code source} starts
 * @param skip      why a replay must not run this cell ({@link #FAILED} or {@link #INTERRUPTED}: it was saved
 *                  that way, and rerunning an interrupted endless loop would hang), or null to run it
 */
public record Cell(int index, Kind kind, String source, int firstLine, String skip) {

    /** The mark of a cell saved after it failed. */
    public static final String FAILED = "failed";
    /** The mark of a cell saved after it was interrupted. */
    public static final String INTERRUPTED = "interrupted";

    /** What a cell holds. */
    public enum Kind { CODE, MARKDOWN }

    public Cell {
        Objects.requireNonNull(kind, "kind");
        source = source == null ? "" : source;
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be >= 1: " + firstLine);
        }
        if (skip != null && !skip.equals(FAILED) && !skip.equals(INTERRUPTED)) {
            throw new IllegalArgumentException("skip must be failed or interrupted: " + skip);
        }
    }

    /** A cell to run. */
    public Cell(int index, Kind kind, String source, int firstLine) {
        this(index, kind, source, firstLine, null);
    }

    /** Whether a replay must skip this cell (it was saved failed or interrupted). */
    public boolean skipped() {
        return skip != null;
    }

    /** The marker tag of a skip mark, e.g. {@code [failed]}, or empty. */
    public String skipTag() {
        return skip == null ? "" : " [" + skip + "]";
    }

    /** The skip mark named in a marker's or fence's tags ({@code [failed]}, {@code interrupted}), or null. */
    public static String skipIn(String tags) {
        String lower = tags == null ? "" : tags.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".*\\binterrupted\\b.*")) {
            return INTERRUPTED;
        }
        return lower.matches(".*\\bfailed\\b.*") ? FAILED : null;
    }

    /** A code cell starting on line 1, as typed at a prompt. */
    public static Cell code(String source) {
        return new Cell(0, Kind.CODE, source, 1);
    }

    public boolean isCode() {
        return kind == Kind.CODE;
    }

    /** True when the cell has nothing but whitespace (such cells are skipped by runs, kept in notebooks). */
    public boolean isBlank() {
        return source.isBlank();
    }
}
