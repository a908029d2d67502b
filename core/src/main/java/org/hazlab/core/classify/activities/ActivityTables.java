package org.hazlab.core.classify.activities;

import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Activities as Tablesaw tables, for the REPL and reports. */
final class ActivityTables {

    private ActivityTables() {
    }

    static Table of(String name, List<Activity> activities) {
        StringColumn clause = StringColumn.create("clause");
        StringColumn title = StringColumn.create("title");
        StringColumn process = StringColumn.create("process");
        StringColumn classes = StringColumn.create("classes");
        for (Activity a : activities) {
            clause.append(a.clause());
            title.append(a.title());
            process.append(a.process());
            classes.append(a.classesWords());
        }
        return Table.create(name, clause, title, process, classes);
    }

    static Table changes(ActivityChange change) {
        StringColumn kind = StringColumn.create("change");
        StringColumn clause = StringColumn.create("clause");
        StringColumn title = StringColumn.create("title");
        StringColumn process = StringColumn.create("process");
        for (Activity a : change.added()) {
            kind.append("added");
            clause.append(a.clause());
            title.append(a.title());
            process.append(a.process());
        }
        for (Activity a : change.dropped()) {
            kind.append("dropped");
            clause.append(a.clause());
            title.append(a.title());
            process.append(a.process());
        }
        return Table.create("activities " + change.from() + " -> " + change.to(), kind, clause, title, process);
    }
}
