package org.hazlab.core.whatif;

import java.util.function.IntPredicate;
import tech.tablesaw.api.Table;

/**
 * A result that is shown as a table: the REPL, notebooks and reports render {@link #table()} the same way as a
 * plain Tablesaw table, while the result keeps its other values (counts, the scenarios) for scripts.
 *
 * <p>A view of many rows (a million incidents) overrides {@link #rowCount()} and {@link #tableOfRows}, so that a
 * screen showing its head and tail builds those rows only, never the whole table.
 */
public interface TableView {

    /** The result as a Tablesaw table, ready to filter and export. */
    Table table();

    /** A line shown above the table (what the view is, counts the rows do not show), or "" for none. */
    default String caption() {
        return "";
    }

    /** Rows in all. */
    default int rowCount() {
        return table().rowCount();
    }

    /** Columns in all. */
    default int columnCount() {
        return table().columnCount();
    }

    /** The rows {@code rows} selects (by row number), in order, as a table with all the columns. */
    default Table tableOfRows(IntPredicate rows) {
        Table whole = table();
        Table selected = whole.emptyCopy();
        for (int row = 0; row < whole.rowCount(); row++) {
            if (rows.test(row)) {
                selected.append(whole.row(row));
            }
        }
        return selected;
    }
}
