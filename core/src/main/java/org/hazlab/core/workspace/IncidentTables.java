package org.hazlab.core.workspace;

import java.util.List;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.TypedTableLoader;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Joins the incident files of a workspace into one table. Files may carry different extra columns, so the
 * combined table keeps the incident fields only, plus a {@code file} column naming where each row came from.
 */
final class IncidentTables {

    private IncidentTables() {
    }

    static Table combine(List<LoadedTable> files) {
        if (files.isEmpty()) {
            return TypedTableLoader.empty(WorkspaceSchemas.INCIDENTS, "incidents").table();
        }
        if (files.size() == 1) {
            return files.get(0).table();
        }
        String[] fields = WorkspaceSchemas.INCIDENTS.fields().stream().map(FieldSpec::name).toArray(String[]::new);
        Table combined = null;
        StringColumn origin = StringColumn.create("file");
        for (LoadedTable file : files) {
            Table part = file.table().selectColumns(fields);
            combined = combined == null ? part.copy() : combined.append(part);
            for (int i = 0; i < part.rowCount(); i++) {
                origin.append(file.source());
            }
        }
        combined.addColumns(origin);
        combined.setName("incidents");
        return combined;
    }
}
