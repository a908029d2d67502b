package org.hazlab.core.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text (CSV, TSV) into records, RFC 4180 style, while keeping track of where each record
 * starts. Hand-written rather than borrowed because locations are the point: a quoted field may span lines, and a
 * message must name the line where the record began and the line where a bad quote was opened.
 *
 * <p>Accepted: quoted fields with the delimiter, doubled quotes and line breaks inside; LF, CRLF and CR line ends;
 * a quote inside an unquoted field is taken literally (exported narratives contain them). Reported: text after a
 * closing quote, and a quote that is never closed (the record is returned with an error so it can be rejected).
 */
public final class DelimitedRecordParser {

    /** One record: the line it starts on, its fields, and an error when it could not be split cleanly. */
    public record Record(int line, List<String> fields, String error, int errorLine, int errorColumn) {
        public boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isEmpty() && error == null;
        }
    }

    private static final int EOF = -1;
    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader in;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int bufferLength;
    private int bufferPosition;
    private final char delimiter;
    private int line = 1;
    private int column;
    private int pushedBack = Integer.MIN_VALUE;

    public DelimitedRecordParser(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end of input. */
    public Record next() throws IOException {
        int first = read();
        if (first == EOF) {
            return null;
        }
        unread(first);
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String error = null;
        int errorLine = 0;
        int errorColumn = 0;
        boolean fieldStart = true;
        while (true) {
            int c = read();
            if (c == EOF) {
                fields.add(field.toString());
                break;
            }
            if (fieldStart && c == '"') {
                int quoteLine = line;
                int quoteColumn = column;
                if (!readQuoted(field)) {
                    fields.add(field.toString());
                    return new Record(startLine, fields, "a quoted field opened here is never closed; "
                            + "everything after it was read into this field", quoteLine, quoteColumn);
                }
                int after = read();
                if (after != EOF && after != delimiter && after != '\n' && after != '\r') {
                    if (error == null) {
                        error = "unexpected text after a closing quote";
                        errorLine = line;
                        errorColumn = column;
                    }
                    field.append((char) after);
                    fieldStart = false;
                    continue;
                }
                unread(after);
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int maybeLf = read();
                    if (maybeLf != '\n') {
                        unread(maybeLf);
                    }
                }
                newLine();
                fields.add(field.toString());
                break;
            } else {
                field.append((char) c);
            }
        }
        return new Record(startLine, fields, error, errorLine, errorColumn);
    }

    /** Reads a quoted field's content after its opening quote; false when input ends before the closing quote. */
    private boolean readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return false;
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                unread(next);
                return true;
            }
            if (c == '\r') {
                int maybeLf = read();
                if (maybeLf != '\n') {
                    unread(maybeLf);
                }
                field.append('\n');
                newLine();
            } else if (c == '\n') {
                field.append('\n');
                newLine();
            } else {
                field.append((char) c);
            }
        }
    }

    private void newLine() {
        line++;
        column = 0;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            if (c != EOF) {
                column++;
            }
            return c;
        }
        if (bufferPosition == bufferLength) {
            bufferLength = in.read(buffer, 0, BUFFER_SIZE);
            bufferPosition = 0;
            if (bufferLength <= 0) {
                bufferLength = 0;
                return EOF;
            }
        }
        column++;
        return buffer[bufferPosition++];
    }

    private void unread(int c) {
        pushedBack = c;
        if (c != EOF) {
            column--;
        }
    }
}
