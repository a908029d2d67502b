package org.hazlab.core.whatif;

import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link Sensitivity} analysis.
 *
 * @param table      one row per item and single assumption whose change moves the item's class: item, class,
 *                   assumption (kind), subject, if (the change), becomes, direction (up/down)
 * @param summary    one row per item (system first): item, class, up, down (number of assumptions moving it),
 *                   rests on (the subjects, in model order)
 * @param assumptions number of single assumptions tried
 */
public record SensitivityResult(Table table, Table summary, int assumptions) implements TableView {

    @Override
    public String toString() {
        return table.printAll();
    }
}
