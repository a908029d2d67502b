package org.hazlab.core.model;

import java.util.Map;
import org.hazlab.core.problem.SourceLocation;

/**
 * Where a model element was defined: a row of a file (with the column of each field) or a line of a script.
 * Kept on every element so that validation and classification can point back at the user's own input.
 *
 * @param file    file or script name
 * @param line    line or sheet row
 * @param columns field name to source column, empty when unknown
 */
public record Origin(String file, int line, Map<String, Integer> columns) {

    public static final Origin UNKNOWN = new Origin("", 0, Map.of());

    public Origin {
        file = file == null ? "" : file;
        columns = Map.copyOf(columns);
    }

    public static Origin of(String file, int line) {
        return new Origin(file, line, Map.of());
    }

    public SourceLocation row() {
        return SourceLocation.of(file, line);
    }

    public SourceLocation at(String field) {
        return new SourceLocation(file, line, columns.getOrDefault(field, 0));
    }

    @Override
    public String toString() {
        return row().toString();
    }
}
