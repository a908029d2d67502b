package org.hazlab.dsl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.RawTableReaders;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Loads one table file (CSV, TSV, xlsx, JSON) against a workspace schema with the same options a manifest entry
 * has: {@code columns} (your header to hazlab's field), {@code sheet}, {@code encoding}, {@code delimiter}.
 */
final class TableFiles {

    private static final List<String> KEYS = List.of("columns", "sheet", "encoding", "delimiter", "file");

    private TableFiles() {
    }

    static LoadedTable load(TableSchema schema, Path file, String label, Map<String, ?> options) {
        ModelFields.check(schema.name() + " file", options, KEYS);
        RawTableReader reader = RawTableReaders.forFile(file).orElseThrow(() -> new IllegalArgumentException(
                "cannot read " + label + ": supported are " + String.join(", ", RawTableReaders.supportedExtensions())));
        Object encoding = options.get("encoding");
        Object delimiter = options.get("delimiter");
        String d = delimiter == null ? null : "tab".equalsIgnoreCase(String.valueOf(delimiter)) ? "\t"
                : String.valueOf(delimiter);
        ReadOptions read = new ReadOptions(label, encoding == null ? null
                : java.nio.charset.Charset.forName(String.valueOf(encoding)), d == null ? null : d.charAt(0),
                options.get("sheet") == null ? null : String.valueOf(options.get("sheet")));
        Map<String, String> columns = new HashMap<>();
        if (options.get("columns") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> columns.put(String.valueOf(k), String.valueOf(v)));
        }
        try {
            return org.hazlab.core.io.TypedTableLoader.read(reader, file, read, schema, columns);
        } catch (IOException e) {
            throw new InvalidModelException(new InvalidInputException(Problem.error("unreadable-file",
                    SourceLocation.ofFile(label), "cannot read the file: " + e.getMessage()).build()));
        }
    }
}
