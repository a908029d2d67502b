package org.hazlab.core.classify.render;

import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ItemClassification;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A classification as a Tablesaw table, one row per item with the system first, so the REPL can show it and
 * scripts can filter it like any other table. Columns: item, name, parent, depth, class, path, because, contested
 * (the class under the other harm reading when it differs, e.g. "C if the harm is judged before-controls").
 */
public final class ResultTable {

    private ResultTable() {
    }

    public static Table of(ClassificationResult result) {
        StringColumn item = StringColumn.create("item");
        StringColumn name = StringColumn.create("name");
        StringColumn parent = StringColumn.create("parent");
        IntColumn depth = IntColumn.create("depth");
        StringColumn label = StringColumn.create("class");
        StringColumn path = StringColumn.create("path");
        StringColumn because = StringColumn.create("because");
        StringColumn contested = StringColumn.create("contested");
        for (ItemClassification row : result.rows()) {
            item.append(row.id());
            name.append(row.name());
            parent.append(row.parent());
            depth.append(row.depth());
            label.append(row.label());
            path.append(row.path().summary());
            because.append(row.because());
            contested.append(row.contestedBy().map(c -> c.words()).orElse(""));
        }
        return Table.create(result.schemeName(), item, name, parent, depth, label, path, because, contested);
    }
}
