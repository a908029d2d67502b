package org.hazlab.core.whatif;

import tech.tablesaw.api.Table;

/**
 * The grid of a {@link Sweep}: the table (one row per combination) and how it was computed.
 *
 * @param table     dimension columns, changed, system, one column per item
 * @param scenarios number of combinations classified
 * @param fast      whether the incremental kernel classified them (otherwise the full engine did)
 */
public record SweepResult(Table table, long scenarios, boolean fast) implements TableView {

    @Override
    public String toString() {
        return table.printAll();
    }
}
