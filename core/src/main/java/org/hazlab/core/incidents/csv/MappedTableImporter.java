package org.hazlab.core.incidents.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentImporter;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentStoreBuilder;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawRowSink;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.formats.RawTableReaders;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Any table hazlab's table readers understand (CSV/TSV in any encoding, Excel, JSON tables) with hazlab's
 * incident columns or a column mapping onto them. The reader streams records; each goes straight into the
 * columnar store with the same checks as {@link IncidentCsvImporter} (id, dates, event type), so there is one
 * meaning of an incident file whatever its container.
 */
public final class MappedTableImporter implements IncidentImporter {

    @Override
    public String id() {
        return "table";
    }

    @Override
    public String description() {
        return "any CSV, TSV, Excel or JSON table with incident columns or a column mapping onto them";
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        IncidentStoreBuilder builder = IncidentStore.builder();
        Rejects rejects = new Rejects();
        List<ImportResult.FileCount> counts = new ArrayList<>();
        for (Path file : files) {
            RawTableReader reader = RawTableReaders.forFile(file).orElseThrow(() -> new IOException(file
                    + ": hazlab cannot read this kind of table; expected one of "
                    + String.join(", ", RawTableReaders.supportedExtensions())));
            ReadOptions read = new ReadOptions(file.toString(), options.charset(),
                    options.delimiter() == ',' ? null : options.delimiter(), options.sheet());
            Sink sink = new Sink(builder, rejects, options);
            reader.read(file, read, sink);
            if (sink.columnOf != null && sink.columnOf[IncidentColumns.ID] < 0 && sink.read > 0) {
                throw new IOException(IncidentColumns.noIdColumn(file.toString(), sink.headers));
            }
            if (sink.columnOf != null) {
                IncidentColumns.warnMissing(sink.columnOf, sink.read, sink.headers, file.toString(), rejects);
            }
            counts.add(new ImportResult.FileCount(file.toString(), "incidents", sink.read, sink.loaded,
                    sink.read - sink.loaded, 0));
        }
        return new ImportResult(builder.build(), id(), counts, rejects.problems());
    }

    /** Types each record into the store as the reader splits it. */
    private static final class Sink implements RawRowSink {
        private final IncidentStoreBuilder builder;
        private final Rejects rejects;
        private final ImportOptions options;
        private final DateTimeFormatter datePattern;
        private String label = "";
        private List<String> headers = List.of();
        private int[] columnOf;
        private int sourceCode;
        long read;
        long loaded;

        Sink(IncidentStoreBuilder builder, Rejects rejects, ImportOptions options) {
            this.builder = builder;
            this.rejects = rejects;
            this.options = options;
            this.datePattern = options.dateFormat() == null ? null
                    : DateTimeFormatter.ofPattern(options.dateFormat(), Locale.ROOT);
        }

        @Override
        public void begin(String source, String encoding, List<String> fileHeaders, List<Integer> columnNumbers,
                          int headerLine) {
            label = source;
            headers = List.copyOf(fileHeaders);
            builder.file(source);
            sourceCode = options.source() == null ? 0 : builder.intern(options.source());
            columnOf = IncidentColumns.map(headers, options.columns(), source, rejects);
        }

        private String cell(RawRow row, int field) {
            int column = columnOf[field];
            return column < 0 ? "" : row.cell(column).strip();
        }

        @Override
        public void row(RawRow row) {
            read++;
            SourceLocation where = SourceLocation.of(label, row.line());
            if (columnOf[IncidentColumns.ID] < 0) {
                rejects.reject("missing-id", where, "the file has no id column", "", "a report id");
                return;
            }
            String id = cell(row, IncidentColumns.ID);
            if (id.isEmpty()) {
                rejects.reject("missing-id", where, "the record has no id", "", "a report id");
                return;
            }
            if (id.indexOf('\0') >= 0) {
                rejects.reject("bad-id", where.atColumn(columnOf[IncidentColumns.ID] + 1),
                        "the id holds a NUL character", "", "an id without NUL characters (is the file binary?)");
                return;
            }
            int received = IncidentColumns.date(cell(row, IncidentColumns.RECEIVED), datePattern);
            int eventDay = IncidentColumns.date(cell(row, IncidentColumns.EVENT_DATE), datePattern);
            if (received == org.hazlab.core.incidents.DateBytes.INVALID
                    || eventDay == org.hazlab.core.incidents.DateBytes.INVALID) {
                int field = received == org.hazlab.core.incidents.DateBytes.INVALID ? IncidentColumns.RECEIVED
                        : IncidentColumns.EVENT_DATE;
                rejects.reject("bad-date", where.atColumn(columnOf[field] + 1), "not a date", cell(row, field),
                        options.dateFormat() == null ? "yyyy-MM-dd or MM/dd/yyyy" : options.dateFormat());
                return;
            }
            EventType type = EventType.parse(cell(row, IncidentColumns.EVENT_TYPE)).orElse(null);
            if (type == null) {
                rejects.reject("bad-event-type", where.atColumn(columnOf[IncidentColumns.EVENT_TYPE] + 1),
                        "unknown event type", cell(row, IncidentColumns.EVENT_TYPE),
                        "death, injury, malfunction, other or no-answer");
                return;
            }
            byte[] idBytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int at = builder.next(idBytes, 0, idBytes.length, row.line());
            builder.received(at, received);
            builder.eventDate(at, eventDay);
            builder.eventType(at, type);
            builder.product(at, builder.intern(cell(row, IncidentColumns.PRODUCT)));
            builder.problem(at, builder.intern(cell(row, IncidentColumns.PROBLEM)));
            builder.hazards(at, builder.intern(cell(row, IncidentColumns.HAZARDS)));
            builder.items(at, builder.intern(cell(row, IncidentColumns.ITEMS)));
            builder.outcome(at, builder.intern(cell(row, IncidentColumns.OUTCOME)));
            int source = builder.intern(cell(row, IncidentColumns.SOURCE));
            builder.source(at, source == 0 ? sourceCode : source);
            builder.narrative(columnOf[IncidentColumns.NARRATIVE] < 0 ? ""
                    : row.cell(columnOf[IncidentColumns.NARRATIVE]));
            loaded++;
        }

        @Override
        public void rejected(Problem problem) {
            read++;
            rejects.reject(problem);
        }

        @Override
        public void note(Problem problem) {
            rejects.note(problem);
        }
    }
}
