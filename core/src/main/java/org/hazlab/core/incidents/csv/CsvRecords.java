package org.hazlab.core.incidents.csv;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.hazlab.core.incidents.DateBytes;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.FileText;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentStoreBuilder;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.problem.SourceLocation;

/**
 * Turns the records of one stretch of a delimited incident file into rows of a builder, narratives as file
 * offsets and rejects: the per-record work of {@link IncidentCsvImporter}. It is a class of its own because a
 * large file is read as two stretches on two threads ({@link CsvSecondHalf}), each with its own builder, interner,
 * narratives and rejects, which are then appended in file order; the checks and their order are the same for
 * both stretches, so the joined result is the one a single pass gives.
 */
final class CsvRecords {

    private final String label;
    private final int[] columnOf;
    private final int headerCount;
    private final DateTimeFormatter datePattern;
    private final String dateFormat;
    final IncidentStoreBuilder builder;
    final FileText narratives;
    final Rejects rejects;
    private final int sourceCode;
    private byte[] eventTypeCache = new byte[256];
    long read;
    long loaded;
    /** Set from another thread to make {@link #load} give up (its result is then thrown away). */
    volatile boolean cancelled;

    /**
     * @param source the source to record for rows without one (null for none); interned first, as a single pass
     *               does, so that code numbers come out in the same order
     */
    CsvRecords(String label, int[] columnOf, int headerCount, String dateFormat, String source,
               IncidentStoreBuilder builder, FileText narratives, Rejects rejects) {
        this.label = label;
        this.columnOf = columnOf;
        this.headerCount = headerCount;
        this.dateFormat = dateFormat;
        this.datePattern = dateFormat == null ? null : DateTimeFormatter.ofPattern(dateFormat, java.util.Locale.ROOT);
        this.builder = builder;
        this.narratives = narratives;
        this.rejects = rejects;
        this.sourceCode = source == null ? 0 : builder.intern(source);
        Arrays.fill(eventTypeCache, (byte) -2);
    }

    /**
     * Loads records until the scanner ends (or stops at its stop offset, or this is cancelled); every 65,536
     * records {@code progress} is told the scanner's file position.
     */
    void load(CsvScanner scanner, LongConsumer progress) throws IOException {
        while (!cancelled && scanner.next()) {
            read++;
            if ((read & 0xFFFF) == 0) {
                progress.accept(scanner.position());
            }
            if (record(scanner)) {
                loaded++;
            }
        }
    }

    /** One record: true when it became a row, false when it was rejected. */
    private boolean record(CsvScanner scanner) {
        byte[] buf = scanner.buffer();
        if (scanner.unterminated) {
            rejects.reject("unterminated-quote", at(scanner, 0), "a quoted field is never closed", "",
                    "a closing \"");
            return false;
        }
        if (scanner.fieldCount != headerCount && !onlyEmptyExtras(scanner, headerCount)) {
            rejects.reject("wrong-field-count", at(scanner, 0), "the record has " + scanner.fieldCount
                    + " fields, the header " + headerCount, "", headerCount + " fields");
            return false;
        }
        int idColumn = columnOf[IncidentColumns.ID];
        if (scanner.lengths[idColumn] == 0) {
            rejects.reject("missing-id", at(scanner, 0), "the record has no id", "", "a report id");
            return false;
        }
        if (hasNul(buf, scanner.starts[idColumn], scanner.lengths[idColumn])) {
            rejects.reject("bad-id", at(scanner, idColumn + 1), "the id holds a NUL character", "",
                    "an id without NUL characters (is the file binary or UTF-16?)");
            return false;
        }
        int received = date(scanner, columnOf[IncidentColumns.RECEIVED]);
        int eventDay = date(scanner, columnOf[IncidentColumns.EVENT_DATE]);
        if (received == DateBytes.INVALID || eventDay == DateBytes.INVALID) {
            int bad = received == DateBytes.INVALID ? columnOf[IncidentColumns.RECEIVED]
                    : columnOf[IncidentColumns.EVENT_DATE];
            rejects.reject("bad-date", at(scanner, bad + 1), "not a date", scanner.text(bad),
                    dateFormat == null ? "yyyy-MM-dd or MM/dd/yyyy" : dateFormat);
            return false;
        }
        EventType type = EventType.NO_ANSWER;
        int typeColumn = columnOf[IncidentColumns.EVENT_TYPE];
        if (typeColumn >= 0) {
            int code = builder.intern(buf, scanner.starts[typeColumn], scanner.lengths[typeColumn]);
            if (code >= eventTypeCache.length) {
                int old = eventTypeCache.length;
                eventTypeCache = Arrays.copyOf(eventTypeCache, code * 2);
                Arrays.fill(eventTypeCache, old, eventTypeCache.length, (byte) -2);
            }
            if (eventTypeCache[code] == -2) {
                eventTypeCache[code] = (byte) EventType.parse(builder.codes().value(code))
                        .map(Enum::ordinal).orElse(-1).intValue();
            }
            if (eventTypeCache[code] < 0) {
                rejects.reject("bad-event-type", at(scanner, typeColumn + 1), "unknown event type",
                        scanner.text(typeColumn), "death, injury, malfunction, other or no-answer");
                return false;
            }
            type = EventType.ofOrdinal(eventTypeCache[code]);
        }
        int row = builder.next(buf, scanner.starts[idColumn], scanner.lengths[idColumn], scanner.line);
        builder.received(row, received);
        builder.eventDate(row, eventDay);
        builder.eventType(row, type);
        builder.product(row, code(scanner, columnOf[IncidentColumns.PRODUCT]));
        builder.problem(row, code(scanner, columnOf[IncidentColumns.PROBLEM]));
        builder.hazards(row, code(scanner, columnOf[IncidentColumns.HAZARDS]));
        builder.items(row, code(scanner, columnOf[IncidentColumns.ITEMS]));
        builder.outcome(row, code(scanner, columnOf[IncidentColumns.OUTCOME]));
        int source = code(scanner, columnOf[IncidentColumns.SOURCE]);
        builder.source(row, source == 0 ? sourceCode : source);
        int narrative = columnOf[IncidentColumns.NARRATIVE];
        if (narrative >= 0) {
            narratives.add(scanner.absolute(scanner.starts[narrative]), scanner.lengths[narrative],
                    scanner.doubled[narrative]);
        } else {
            narratives.add(0, 0, false);
        }
        return true;
    }

    /** The record's line and a 1-based column (0: none); made only for a reject, not for every record. */
    private SourceLocation at(CsvScanner scanner, int column) {
        return new SourceLocation(label, scanner.line, column);
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

    private int date(CsvScanner scanner, int column) {
        if (column < 0) {
            return IncidentStore.NO_DATE;
        }
        if (datePattern != null) {
            return IncidentColumns.date(scanner.text(column), datePattern);
        }
        return DateBytes.parse(scanner.buffer(), scanner.starts[column], scanner.lengths[column]);
    }

    private int code(CsvScanner scanner, int column) {
        if (column < 0 || scanner.lengths[column] == 0) {
            return 0;
        }
        if (scanner.doubled[column]) {
            return builder.intern(scanner.text(column));
        }
        return builder.intern(scanner.buffer(), scanner.starts[column], scanner.lengths[column]);
    }
}
