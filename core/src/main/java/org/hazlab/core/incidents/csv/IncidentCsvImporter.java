package org.hazlab.core.incidents.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import org.hazlab.core.incidents.DateBytes;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.FileText;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentImporter;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentStoreBuilder;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * The fast path for delimited incident files with hazlab's incident columns (or any headers mapped onto them):
 * one pass of {@link CsvScanner} over the bytes, codes interned from bytes, dates parsed from bytes, narratives
 * left in the file as offsets ({@link FileText}). This is what loads the generator's million-row files in about
 * a second; the general {@link MappedTableImporter} handles Excel and JSON tables.
 */
public final class IncidentCsvImporter implements IncidentImporter {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "delimited file with hazlab incident columns or a column mapping (fast columnar load)";
    }

    /**
     * Reads the files; with several, the stores are concatenated (then narratives are copied into memory, as
     * {@link IncidentStore#concat} does), so for a million rows prefer one file.
     */
    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        ImportResult result = null;
        for (Path file : files) {
            ImportResult part = fastPathReads(file, options) ? readOne(file, options)
                    : new MappedTableImporter().read(List.of(file), options);
            if (result == null) {
                result = part;
            } else {
                List<ImportResult.FileCount> counts = new java.util.ArrayList<>(result.files());
                counts.addAll(part.files());
                List<Problem> problems = new java.util.ArrayList<>(result.problems());
                problems.addAll(part.problems());
                result = new ImportResult(result.incidents().concat(part.incidents()), id(), counts, problems);
            }
        }
        if (result == null) {
            throw new IllegalArgumentException("no file to read");
        }
        return result;
    }

    /**
     * The byte scanner reads UTF-8 (or ASCII) delimited text straight from the file; workbooks, JSON tables,
     * compressed files and other declared encodings go through the general table readers.
     */
    static boolean fastPathReads(Path file, ImportOptions options) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean utf8 = options.charset() == null || options.charset().equals(StandardCharsets.UTF_8)
                || options.charset().equals(StandardCharsets.US_ASCII);
        return utf8 && !name.endsWith(".xlsx") && !name.endsWith(".json") && !name.endsWith(".gz")
                && !name.endsWith(".zip");
    }

    private ImportResult readOne(Path file, ImportOptions options) throws IOException {
        IncidentStoreBuilder builder = IncidentStore.builder();
        String label = file.toString();
        Rejects rejects = new Rejects();
        FileText narratives = new FileText(file);
        long size = Files.size(file);
        long read = 0;
        long loaded = 0;
        builder.file(label);
        int sourceCode = options.source() == null ? 0 : builder.intern(options.source());
        int[] columnOf;
        List<String> headers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CsvScanner scanner = new CsvScanner(in, options.delimiter());
            if (!scanner.next()) {
                return new ImportResult(builder.build(narratives), id(),
                        List.of(new ImportResult.FileCount(label, "incidents", 0, 0, 0, 0)), List.of());
            }
            int headerCount = scanner.fieldCount;
            for (int column = 0; column < headerCount; column++) {
                headers.add(scanner.text(column));
            }
            columnOf = IncidentColumns.map(headers, options.columns(), label, rejects);
            if (columnOf[IncidentColumns.ID] < 0) {
                throw new IOException(IncidentColumns.noIdColumn(label, headers));
            }
            DateTimeFormatter datePattern = options.dateFormat() == null ? null
                    : DateTimeFormatter.ofPattern(options.dateFormat(), Locale.ROOT);
            byte[] eventTypeCache = new byte[256];
            Arrays.fill(eventTypeCache, (byte) -2);
            while (scanner.next()) {
                read++;
                if ((read & 0xFFFF) == 0) {
                    options.progress().progress(label, scanner.position(), size);
                }
                SourceLocation where = SourceLocation.of(label, scanner.line);
                byte[] buf = scanner.buffer();
                if (scanner.unterminated) {
                    rejects.reject("unterminated-quote", where, "a quoted field is never closed", "", "a closing \"");
                    continue;
                }
                if (scanner.fieldCount != headerCount && !onlyEmptyExtras(scanner, headerCount)) {
                    rejects.reject("wrong-field-count", where, "the record has " + scanner.fieldCount
                            + " fields, the header " + headerCount, "", headerCount + " fields");
                    continue;
                }
                int idColumn = columnOf[IncidentColumns.ID];
                if (scanner.lengths[idColumn] == 0) {
                    rejects.reject("missing-id", where, "the record has no id", "", "a report id");
                    continue;
                }
                if (hasNul(buf, scanner.starts[idColumn], scanner.lengths[idColumn])) {
                    rejects.reject("bad-id", where.atColumn(idColumn + 1), "the id holds a NUL character", "",
                            "an id without NUL characters (is the file binary or UTF-16?)");
                    continue;
                }
                int received = date(scanner, columnOf[IncidentColumns.RECEIVED], datePattern);
                int eventDay = date(scanner, columnOf[IncidentColumns.EVENT_DATE], datePattern);
                if (received == DateBytes.INVALID || eventDay == DateBytes.INVALID) {
                    int bad = received == DateBytes.INVALID ? columnOf[IncidentColumns.RECEIVED] : columnOf[IncidentColumns.EVENT_DATE];
                    rejects.reject("bad-date", where.atColumn(bad + 1), "not a date", scanner.text(bad),
                            options.dateFormat() == null ? "yyyy-MM-dd or MM/dd/yyyy" : options.dateFormat());
                    continue;
                }
                EventType type = EventType.NO_ANSWER;
                int typeColumn = columnOf[IncidentColumns.EVENT_TYPE];
                if (typeColumn >= 0) {
                    int code = builder.intern(buf, scanner.starts[typeColumn], scanner.lengths[typeColumn]);
                    if (code >= eventTypeCache.length) {
                        eventTypeCache = Arrays.copyOf(eventTypeCache, code * 2);
                        Arrays.fill(eventTypeCache, code, eventTypeCache.length, (byte) -2);
                    }
                    if (eventTypeCache[code] == -2) {
                        eventTypeCache[code] = (byte) EventType.parse(builder.codes().value(code))
                                .map(Enum::ordinal).orElse(-1).intValue();
                    }
                    if (eventTypeCache[code] < 0) {
                        rejects.reject("bad-event-type", where.atColumn(typeColumn + 1), "unknown event type",
                                scanner.text(typeColumn), "death, injury, malfunction, other or no-answer");
                        continue;
                    }
                    type = EventType.ofOrdinal(eventTypeCache[code]);
                }
                int row = builder.next(buf, scanner.starts[idColumn], scanner.lengths[idColumn], scanner.line);
                builder.received(row, received);
                builder.eventDate(row, eventDay);
                builder.eventType(row, type);
                builder.product(row, code(builder, scanner, columnOf[IncidentColumns.PRODUCT]));
                builder.problem(row, code(builder, scanner, columnOf[IncidentColumns.PROBLEM]));
                builder.hazards(row, code(builder, scanner, columnOf[IncidentColumns.HAZARDS]));
                builder.items(row, code(builder, scanner, columnOf[IncidentColumns.ITEMS]));
                builder.outcome(row, code(builder, scanner, columnOf[IncidentColumns.OUTCOME]));
                int source = code(builder, scanner, columnOf[IncidentColumns.SOURCE]);
                builder.source(row, source == 0 ? sourceCode : source);
                int narrative = columnOf[IncidentColumns.NARRATIVE];
                if (narrative >= 0) {
                    narratives.add(scanner.absolute(scanner.starts[narrative]), scanner.lengths[narrative],
                            scanner.doubled[narrative]);
                } else {
                    narratives.add(0, 0, false);
                }
                loaded++;
            }
        }
        options.progress().progress(label, size, size);
        IncidentColumns.warnMissing(columnOf, read, headers, label, rejects);
        return new ImportResult(builder.build(narratives.trim()), id(),
                List.of(new ImportResult.FileCount(label, "incidents", read, loaded, read - loaded, 0)),
                rejects.problems());
    }

    private static boolean hasNul(byte[] bytes, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyEmptyExtras(CsvScanner scanner, int headerCount) {
        if (scanner.fieldCount < headerCount) {
            return false;
        }
        for (int i = headerCount; i < scanner.fieldCount; i++) {
            if (scanner.lengths[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int date(CsvScanner scanner, int column, DateTimeFormatter pattern) {
        if (column < 0) {
            return IncidentStore.NO_DATE;
        }
        if (pattern != null) {
            return IncidentColumns.date(scanner.text(column), pattern);
        }
        return DateBytes.parse(scanner.buffer(), scanner.starts[column], scanner.lengths[column]);
    }

    private static int code(IncidentStoreBuilder builder, CsvScanner scanner, int column) {
        if (column < 0 || scanner.lengths[column] == 0) {
            return 0;
        }
        if (scanner.doubled[column]) {
            return builder.intern(scanner.text(column));
        }
        return builder.intern(scanner.buffer(), scanner.starts[column], scanner.lengths[column]);
    }
}
