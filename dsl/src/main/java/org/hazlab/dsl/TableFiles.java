package org.hazlab.dsl;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.TableFileLoader;
import org.hazlab.core.workspace.WorkspaceManifest;

/**
 * Loads one table file (CSV, TSV, xlsx, JSON) against a workspace schema with the same options a manifest entry
 * has: {@code columns} (your header to hazlab's field), {@code sheet}, {@code encoding}, {@code delimiter},
 * {@code dateFormat}. The options become a manifest entry, so they mean exactly what they mean in workspace.json.
 */
final class TableFiles {

    private static final List<String> KEYS = List.of("columns", "sheet", "encoding", "delimiter", "dateFormat",
            "file");

    private TableFiles() {
    }

    static LoadedTable load(TableSchema schema, Path file, String label, Map<String, ?> options, String script) {
        ModelFields.check(schema.name() + " file", options, KEYS);
        Map<String, String> columns = new HashMap<>();
        if (options.get("columns") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> columns.put(String.valueOf(k), String.valueOf(v)));
        }
        WorkspaceManifest.FileEntry entry = new WorkspaceManifest.FileEntry(label, columns, text(options, "encoding"),
                text(options, "delimiter"), text(options, "sheet"), text(options, "dateFormat"));
        try {
            return TableFileLoader.load(schema, file, label, entry, script);
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    private static String text(Map<String, ?> options, String key) {
        Object value = options.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
