package org.hazlab.core.whatif;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The classes that changed between a baseline and one or more scenarios: one row per item and scenario whose
 * class changed (from, to, the reason now and before, the IEC 62304 activities added and dropped), and per
 * scenario how many items kept their class. Produced by {@link ClassComparison}.
 *
 * @param schemeId  the scheme compared under
 * @param table     the changed items: scenario, item, name, from, to, because, was, added, dropped
 * @param unchanged scenario name to the number of rows (system included) whose class did not change
 */
public record Comparison(String schemeId, Table table, Map<String, Integer> unchanged) implements TableView {

    public Comparison {
        unchanged = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unchanged));
    }

    /** Number of changed rows over all scenarios. */
    public int changedCount() {
        return table.rowCount();
    }

    /** One row per scenario: scenario, changed, unchanged (in the order the scenarios were given). */
    public Table summary() {
        List<String> names = table.stringColumn("scenario").unique().asList();
        StringColumn scenario = StringColumn.create("scenario");
        IntColumn changed = IntColumn.create("changed");
        IntColumn same = IntColumn.create("unchanged");
        for (String name : ClassComparison.order(unchanged, names)) {
            scenario.append(name);
            changed.append(table.where(table.stringColumn("scenario").isEqualTo(name)).rowCount());
            same.append(unchanged.getOrDefault(name, 0));
        }
        return Table.create("summary", scenario, changed, same);
    }

    @Override
    public String toString() {
        return table.printAll() + "\n" + summary().printAll();
    }
}
