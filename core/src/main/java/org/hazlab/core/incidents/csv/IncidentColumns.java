package org.hazlab.core.incidents.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.hazlab.core.incidents.ByteOrderMark;
import org.hazlab.core.incidents.ColumnMappingException;
import org.hazlab.core.incidents.DateBytes;
import org.hazlab.core.incidents.IncidentFields;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.HeaderNames;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Which column of a tabular incident file holds which incident field, for both table importers (the byte
 * scanner for delimited files and the reader of workbooks and JSON tables), so that a header means the same in
 * both. A mapping that names a header the file lacks, or a field hazlab does not have, is refused with the list
 * of what exists; a file without an event type, date or id column gets a warning saying how many rows are left
 * without it.
 */
final class IncidentColumns {

    static final String[] FIELDS = {"id", "date_received", "event_date", "event_type", "product_code",
        "problem_code", "hazards", "items", "outcome", "narrative", "source"};
    static final int ID = 0;
    static final int RECEIVED = 1;
    static final int EVENT_DATE = 2;
    static final int EVENT_TYPE = 3;
    static final int PRODUCT = 4;
    static final int PROBLEM = 5;
    static final int HAZARDS = 6;
    static final int ITEMS = 7;
    static final int OUTCOME = 8;
    static final int NARRATIVE = 9;
    static final int SOURCE = 10;

    private IncidentColumns() {
    }

    /**
     * For each incident field the column holding it (-1 when absent); the mapping first, then header aliases.
     *
     * @throws ColumnMappingException when the mapping names a missing header or an unknown field
     */
    static int[] map(List<String> rawHeaders, Map<String, String> mapping, String label, Rejects notes) {
        List<String> headers = new ArrayList<>();
        for (String raw : rawHeaders) {
            headers.add(ByteOrderMark.strip(raw.strip()));
        }
        checkMapping(headers, mapping, label);
        int[] columnOf = new int[FIELDS.length];
        Arrays.fill(columnOf, -1);
        List<String> unused = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            String field = fieldFor(header, mapping);
            int index = field == null ? -1 : Arrays.asList(FIELDS).indexOf(field);
            if (index >= 0 && columnOf[index] < 0) {
                columnOf[index] = column;
            } else if (!header.isEmpty()) {
                unused.add(header);
            }
        }
        if (!unused.isEmpty()) {
            notes.note(Problem.note("columns-ignored", SourceLocation.of(label, 1),
                    "columns not used for incidents: " + String.join(", ", unused)).build());
        }
        return columnOf;
    }

    private static void checkMapping(List<String> headers, Map<String, String> mapping, String label) {
        List<String> fields = IncidentFields.names();
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(mapping).entrySet()) {
            String key = HeaderNames.normalise(entry.getKey());
            if (headers.stream().noneMatch(h -> HeaderNames.normalise(h).equals(key))) {
                throw new ColumnMappingException(label + ": the column mapping names the header '" + entry.getKey()
                        + "', which the file does not have; its headers are: " + String.join(", ", headers),
                        headers);
            }
            if (!fields.contains(entry.getValue().toLowerCase(Locale.ROOT))) {
                throw new ColumnMappingException(label + ": the column mapping maps '" + entry.getKey()
                        + "' onto '" + entry.getValue() + "', which is not an incident field; the fields are: "
                        + String.join(", ", fields), headers);
            }
        }
    }

    static String fieldFor(String header, Map<String, String> mapping) {
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            if (HeaderNames.normalise(entry.getKey()).equals(HeaderNames.normalise(header))) {
                return entry.getValue().toLowerCase(Locale.ROOT);
            }
        }
        return IncidentFields.SCHEMA.fieldForHeader(header).map(FieldSpec::name).orElse(null);
    }

    /** Warnings for the id, date and event type fields that no column holds, with the rows left without them. */
    static void warnMissing(int[] columnOf, long rows, List<String> headers, String label, Rejects notes) {
        if (rows == 0) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (columnOf[EVENT_TYPE] < 0) {
            missing.add("event_type");
        }
        if (columnOf[RECEIVED] < 0) {
            missing.add("date_received");
        }
        for (String field : missing) {
            notes.note(Problem.warning("missing-field", SourceLocation.of(label, 1),
                            "no column holds the " + field + " field: " + String.format(Locale.ROOT, "%,d", rows)
                                    + " rows have none")
                    .value(String.join(", ", new TreeSet<>(headers)))
                    .hint("map a header onto it (--map HEADER=" + field + ", columns: [HEADER: '" + field
                            + "'] or \"columns\" in workspace.json), or give the format (--format)").build());
        }
    }

    /** The message for a file without an id column. */
    static String noIdColumn(String label, List<String> headers) {
        return label + ": no column holds the id field (a header such as 'id', 'report id' or 'MDR report key');"
                + " the headers are: " + String.join(", ", headers) + ". Map one with --map HEADER=id or columns:";
    }

    /** An epoch day from text with a declared pattern, or the built-in spellings when there is none. */
    static int date(String text, DateTimeFormatter pattern) {
        if (pattern == null) {
            return DateBytes.parse(text);
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return IncidentStore.NO_DATE;
        }
        try {
            return (int) LocalDate.parse(value, pattern).toEpochDay();
        } catch (DateTimeParseException e) {
            return DateBytes.INVALID;
        }
    }
}
