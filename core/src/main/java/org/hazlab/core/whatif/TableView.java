package org.hazlab.core.whatif;

import tech.tablesaw.api.Table;

/**
 * A result that is shown as a table: the REPL, notebooks and reports render {@link #table()} the same way as a
 * plain Tablesaw table, while the result keeps its other values (counts, the scenarios) for scripts.
 */
public interface TableView {

    /** The result as a Tablesaw table, ready to filter and export. */
    Table table();
}
