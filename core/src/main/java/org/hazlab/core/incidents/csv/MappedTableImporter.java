package org.hazlab.core.incidents.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentTables;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.RawTableReaders;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.io.TypedTableLoader;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.WorkspaceSchemas;

/**
 * Any table hazlab's workspace readers understand (CSV, TSV, Excel, JSON) with a column mapping onto the
 * incident fields, typed and validated exactly as a workspace's incident file is. Slower than
 * {@link IncidentCsvImporter} (Tablesaw string columns) but it takes every format; use it for spreadsheets of
 * complaints.
 */
public final class MappedTableImporter implements org.hazlab.core.incidents.IncidentImporter {

    @Override
    public String id() {
        return "table";
    }

    @Override
    public String description() {
        return "any CSV, TSV, Excel or JSON table with a column mapping onto the incident fields";
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        IncidentStore store = null;
        List<ImportResult.FileCount> counts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            RawTableReader reader = RawTableReaders.forFile(file)
                    .orElseThrow(() -> new IOException("no reader for " + file));
            ReadOptions read = new ReadOptions(file.toString(), options.charset(),
                    options.delimiter() == ',' ? null : options.delimiter(), null);
            LoadedTable table = TypedTableLoader.read(reader, file, read, WorkspaceSchemas.INCIDENTS,
                    options.columns());
            int[] lines = new int[table.table().rowCount()];
            for (int row = 0; row < lines.length; row++) {
                lines[row] = table.lineOf(row);
            }
            IncidentStore part = IncidentTables.toStore(table.table(), file.toString(), lines);
            store = store == null ? part : store.concat(part);
            var report = table.report();
            counts.add(new ImportResult.FileCount(file.toString(), "incidents", report.rowsRead(), report.loaded(),
                    report.rejected(), 0));
            problems.addAll(report.problems());
        }
        return new ImportResult(store == null ? IncidentStore.builder().build() : store, id(), counts, problems);
    }
}
