package org.hazlab.dsl;

import java.util.Collection;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A result that says "the script ran and found something": when the last cell of a headless run evaluates to
 * findings that are not empty, {@code hazlab run} exits 3 (not 1, which means the script broke), so a
 * scheduler can tell the two apart. Made with {@code findings(table, 'what was found')}.
 *
 * @param message what the findings mean, e.g. "classes went up"
 * @param table   the rows found
 */
public record Findings(String message, Table table) implements TableView {

    static Findings of(Object rows, String message) {
        if (rows instanceof Table table) {
            return new Findings(message, table);
        }
        if (rows instanceof TableView view) {
            return new Findings(message, view.table());
        }
        StringColumn column = StringColumn.create("finding");
        if (rows instanceof Collection<?> collection) {
            collection.forEach(item -> column.append(String.valueOf(item)));
        } else if (rows != null) {
            column.append(String.valueOf(rows));
        }
        return new Findings(message, Table.create("findings", column));
    }

    public boolean isEmpty() {
        return table.rowCount() == 0;
    }

    public int count() {
        return table.rowCount();
    }

    @Override
    public String toString() {
        return (isEmpty() ? "no findings: " : count() + " findings: ") + message
                + (isEmpty() ? "" : "\n" + table.printAll());
    }
}
