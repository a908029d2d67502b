package org.hazlab.core.io;

import java.util.Map;
import java.util.Optional;
import org.hazlab.core.problem.SourceLocation;
import tech.tablesaw.api.Table;

/**
 * A typed Tablesaw table together with where each of its cells came from. The table is what users query; the
 * provenance is what lets model validation say "hazards.csv:14:5" long after the text is gone.
 */
public final class LoadedTable {

    private final Table table;
    private final int[] sourceLines;
    private final Map<String, Integer> sourceColumns;
    private final LoadReport report;

    public LoadedTable(Table table, int[] sourceLines, Map<String, Integer> sourceColumns, LoadReport report) {
        if (sourceLines.length != table.rowCount()) {
            throw new IllegalArgumentException("one source line per row expected");
        }
        this.table = table;
        this.sourceLines = sourceLines.clone();
        this.sourceColumns = Map.copyOf(sourceColumns);
        this.report = report;
    }

    /** The table itself. Tablesaw tables are mutable: callers that change it should work on a copy. */
    public Table table() {
        return table;
    }

    public LoadReport report() {
        return report;
    }

    public String source() {
        return report.source();
    }

    /** The line (or sheet row) where a table row was read. */
    public int lineOf(int row) {
        return sourceLines[row];
    }

    /** The source column a field was read from, if the file had it. */
    public Optional<Integer> columnOf(String field) {
        return Optional.ofNullable(sourceColumns.get(field));
    }

    /** The location of one cell, or of the row when the field was not in the file. */
    public SourceLocation location(int row, String field) {
        return new SourceLocation(report.source(), sourceLines[row], sourceColumns.getOrDefault(field, 0));
    }
}
