package org.hazlab.core.io;

import java.util.List;

/**
 * One record as read from a file, before any typing: its cells as text, aligned with the table's header, and the
 * line (or spreadsheet row) where the record starts, so that later stages can still say where a value came from.
 */
public record RawRow(int line, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
