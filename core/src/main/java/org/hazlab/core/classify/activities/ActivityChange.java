package org.hazlab.core.classify.activities;

import java.util.List;
import org.hazlab.core.classify.SafetyClass;
import tech.tablesaw.api.Table;

/**
 * What moving an item from one class to another does to the work: the activities added and those dropped. This
 * is what a what-if comparison shows next to a changed class (IEC 62304 8.2.2 lists reclassification among the
 * activities to repeat after a change).
 */
public record ActivityChange(SafetyClass from, SafetyClass to, List<Activity> added, List<Activity> dropped) {

    public ActivityChange {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }

    /** Columns: change (added/dropped), clause, title, process. */
    public Table table() {
        return ActivityTables.changes(this);
    }
}
