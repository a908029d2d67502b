package org.hazlab.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entry points for typed loading: a file through its format reader, or text already in memory, becomes a typed
 * Tablesaw table following a {@link TableSchema} (the work is done row by row in {@link TypedTableBuilder}).
 */
public final class TypedTableLoader {

    private TypedTableLoader() {
    }

    /** Streams a file through its reader into a typed table; the file's text is never held whole in memory. */
    public static LoadedTable read(RawTableReader reader, Path file, ReadOptions options, TableSchema schema,
                                   Map<String, String> explicitMapping) throws IOException {
        TypedTableBuilder builder = new TypedTableBuilder(schema, explicitMapping);
        reader.read(file, options, builder);
        return builder.finish();
    }

    /** Types records already read into memory. */
    public static LoadedTable load(RawTable raw, TableSchema schema, Map<String, String> explicitMapping) {
        TypedTableBuilder builder = new TypedTableBuilder(schema, explicitMapping);
        builder.begin(raw.source(), raw.encoding(), raw.headers(), raw.columnNumbers(), raw.headerLine());
        raw.problems().forEach(builder::note);
        raw.rows().forEach(builder::row);
        builder.addRejectedWithoutProblem(raw.rejectedRows());
        return builder.finish();
    }

    /** A table with the schema's columns and no rows, for a table the workspace does not have. */
    public static LoadedTable empty(TableSchema schema, String label) {
        List<String> headers = schema.fields().stream().map(FieldSpec::name).toList();
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i <= headers.size(); i++) {
            columns.add(i);
        }
        return load(new RawTable(label, headers, columns, 0, List.of(), 0, List.of(), ""), schema, Map.of());
    }
}
