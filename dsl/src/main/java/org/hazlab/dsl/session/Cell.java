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
 */
public record Cell(int index, Kind kind, String source, int firstLine) {

    /** What a cell holds. */
    public enum Kind { CODE, MARKDOWN }

    public Cell {
        Objects.requireNonNull(kind, "kind");
        source = source == null ? "" : source;
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be >= 1: " + firstLine);
        }
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
