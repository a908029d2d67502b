package org.hazlab.core.problem;

/**
 * Where a value came from, so that every message can send the user straight to the cell: a file (or a script,
 * or a sheet of a workbook written as {@code book.xlsx[Sheet]}), a 1-based line and a 1-based column. Zero means
 * "not known" and is left out when the location is printed, giving the familiar {@code file:line:column} form.
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        file = file == null ? "" : file;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    public SourceLocation atColumn(int newColumn) {
        return new SourceLocation(file, line, newColumn);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.isEmpty() ? "<input>" : file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
