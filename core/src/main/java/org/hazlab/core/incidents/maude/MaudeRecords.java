package org.hazlab.core.incidents.maude;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hazlab.core.incidents.ByteOrderMark;

/**
 * Splits a MAUDE bulk file into records the way the files really are, not the way CSV would: pipe-delimited,
 * nothing quoted (a {@code "} is an ordinary character), CRLF, ISO-8859-1; a raw line break inside a narrative
 * makes a physical line that does not start with {@code digits|}, which continues the previous record; a
 * {@code |} inside the text column makes extra fields, which are joined back into that column. Lines are
 * streamed: only the current record is in memory.
 */
final class MaudeRecords implements Closeable {

    private final BufferedReader reader;
    private final org.hazlab.core.incidents.SourceStreams.Counted source;
    private final String label;
    private final List<String> header;
    private final int textColumn;
    private String pending;
    private int pendingLine;
    private int physicalLine;

    /** Start line of the record last returned. */
    int line;
    /** Why the record last returned is malformed, or null. */
    String malformed;

    /**
     * @param defaultHeader the columns when the file has no header row (foitext, foidevproblem)
     * @param textColumn    name of the free-text column that may hold pipes, or null
     */
    MaudeRecords(Path file, Charset charset, List<String> defaultHeader, String textColumn) throws IOException {
        this.source = org.hazlab.core.incidents.SourceStreams.open(file);
        this.reader = new BufferedReader(new java.io.InputStreamReader(source, charset), 1 << 16);
        this.label = file.toString();
        String first = readLine();
        if (first != null) {
            first = ByteOrderMark.strip(first);
        }
        if (first != null && !startsWithKey(first) && first.toUpperCase(Locale.ROOT).contains("MDR_REPORT_KEY")) {
            header = Arrays.stream(first.split("\\|", -1)).map(MaudeRecords::canonicalHeader).toList();
            pending = readLine();
        } else {
            header = defaultHeader;
            pending = first;
        }
        pendingLine = physicalLine;
        this.textColumn = textColumn == null ? -1 : header.indexOf(textColumn);
    }

    /** Header names upper-cased, with the spellings seen in FDA's own files mapped to one ("TEXT" = "FOI_TEXT"). */
    static String canonicalHeader(String raw) {
        String name = raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return name.equals("TEXT") ? "FOI_TEXT" : name;
    }

    String label() {
        return label;
    }

    List<String> header() {
        return header;
    }

    int column(String name) {
        return header.indexOf(name);
    }

    /** Bytes of the file (compressed, for archives) consumed so far. */
    long bytesRead() {
        return source.rawBytes();
    }

    private String readLine() throws IOException {
        String text = reader.readLine();
        if (text != null) {
            physicalLine++;
        }
        return text;
    }

    /**
     * A line with a whole record's fields (all the header's pipes) whose first field is not a number: a record
     * with a bad key, rejected at its own line, not the continuation of a narrative on the line above.
     */
    private boolean looksLikeRecord(String text) {
        if (header.size() < 3) {
            return false;
        }
        int pipes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|') {
                pipes++;
            }
        }
        int bar = text.indexOf('|');
        return pipes >= header.size() - 1 && bar >= 0 && bar <= 20 && !text.substring(0, bar).contains(" ")
                || pipes >= header.size() - 1 && textColumn < 0;
    }

    /** A line that begins a record: optional spaces, digits (a report key), then a pipe. */
    static boolean startsWithKey(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.' && i > digits) { // "1234.0|"
            i++;
            while (i < text.length() && text.charAt(i) == '0') {
                i++;
            }
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > digits && i < text.length() && text.charAt(i) == '|';
    }

    /** The next record's fields (exactly one per header column), or null at the end of the file. */
    String[] next() throws IOException {
        while (pending != null && pending.isBlank()) {
            pending = readLine();
            pendingLine = physicalLine;
        }
        if (pending == null) {
            return null;
        }
        StringBuilder record = new StringBuilder(pending);
        line = pendingLine;
        malformed = null;
        String following;
        while ((following = readLine()) != null && !startsWithKey(following) && !looksLikeRecord(following)) {
            if (following.isEmpty() && textColumn < 0) {
                break;
            }
            record.append('\n').append(following);
        }
        pending = following;
        pendingLine = physicalLine;
        String text = record.toString();
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!startsWithKey(text)) {
            malformed = looksLikeRecord(text) ? "the record's MDR_REPORT_KEY is not a number"
                    : "the record does not start with a report key and there is no record to continue";
            return new String[0];
        }
        List<String> fields = new ArrayList<>(Arrays.asList(text.split("\\|", -1)));
        int extra = fields.size() - header.size();
        if (extra > 0 && textColumn >= 0) {
            List<String> joined = fields.subList(textColumn, textColumn + extra + 1);
            String value = String.join("|", joined);
            joined.clear();
            fields.add(textColumn, value);
        } else if (extra > 0) {
            boolean emptyTail = fields.subList(header.size(), fields.size()).stream().allMatch(String::isBlank);
            if (!emptyTail) {
                malformed = fields.size() + " fields where the header has " + header.size();
                return fields.toArray(String[]::new);
            }
            fields.subList(header.size(), fields.size()).clear();
        }
        if (fields.size() < header.size()) {
            malformed = fields.size() + " fields where the header has " + header.size();
        }
        return fields.toArray(String[]::new);
    }

    static String field(String[] fields, int column) {
        return column < 0 || column >= fields.length ? "" : fields[column].strip();
    }

    /** A report key as written ("  1234", "1234.0") as a number, or -1 when it is not one. */
    static long key(String raw) {
        String text = raw.strip();
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return -1;
            }
        }
        return Long.parseLong(text);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
