package org.hazlab.core.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes incident rows as CSV with RFC 4180 quoting: a field is quoted when it holds a comma, a double quote, a
 * carriage return or a line feed, and quotes inside are doubled. Records end with a line feed. Narratives copied
 * from reports do contain all four, so a generator that did not quote would produce files no reader can trust.
 */
public final class IncidentCsv {

    /** The incidents header, in the order of the incidents schema (docs/data-formats.md, "Incidents"). */
    public static final List<String> HEADER = List.of("id", "date_received", "event_date", "event_type",
            "product_code", "problem_code", "hazards", "items", "outcome", "narrative", "source");

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    public IncidentCsv(Writer out) {
        this.out = out;
    }

    public void writeHeader() throws IOException {
        writeRecord(HEADER);
    }

    /** Writes one record; {@code fields} must have one value per header column. */
    public void writeRecord(List<String> fields) throws IOException {
        if (fields.size() != HEADER.size()) {
            throw new IllegalArgumentException("expected " + HEADER.size() + " fields, got " + fields.size());
        }
        line.setLength(0);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, fields.get(i));
        }
        line.append('\n');
        out.write(line.toString());
    }

    /** Appends one field to {@code target}, quoted only when RFC 4180 requires it. */
    public static void appendField(StringBuilder target, String value) {
        String text = value == null ? "" : value;
        if (!needsQuotes(text)) {
            target.append(text);
            return;
        }
        target.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                target.append('"');
            }
            target.append(c);
        }
        target.append('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
