package org.hazlab.core.incidents.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A single-pass RFC 4180 record scanner over bytes: fields may be quoted, hold the delimiter, doubled quotes and
 * line breaks; LF, CRLF line ends. It never builds strings: a record is a list of byte ranges in an internal
 * buffer, with each range's absolute file offset, so callers can intern codes, parse dates from bytes and keep
 * narratives as offsets into the file. Memory is one buffer of a few MB whatever the file size.
 */
final class CsvScanner {

    private static final byte QUOTE = '"';
    private static final byte NEWLINE = '\n';

    private final InputStream in;
    private final byte delimiter;
    private byte[] buf;
    private int fill;
    private int pos;
    private long bufferOffset;
    private boolean eof;

    int fieldCount;
    int[] starts = new int[32];
    int[] lengths = new int[32];
    boolean[] doubled = new boolean[32];
    /** 1-based line where the current record starts. */
    int line;
    private int nextLine = 1;
    /** Whether the record has a quote that is never closed (then it ran to the end of the file). */
    boolean unterminated;
    /** File offset at which {@link #next} stops (a record must start there), or -1. */
    private long stopAt = -1;

    CsvScanner(InputStream in, char delimiter) {
        this(in, delimiter, 0);
    }

    /**
     * A scanner over a stream that starts at file offset {@code startOffset} (the second half of a split file):
     * offsets are reported as file offsets, and line numbers count from 1 at that offset.
     */
    CsvScanner(InputStream in, char delimiter, long startOffset) {
        this(in, delimiter, startOffset, 4 << 20);
    }

    /** With a first buffer of {@code bufferSize} bytes (it grows for longer records): small for a quick look. */
    CsvScanner(InputStream in, char delimiter, long startOffset, int bufferSize) {
        this.buf = new byte[bufferSize];
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.bufferOffset = startOffset;
    }

    byte[] buffer() {
        return buf;
    }

    long absolute(int index) {
        return bufferOffset + index;
    }

    long position() {
        return bufferOffset + pos;
    }

    /** The line the next record (or blank line) starts on. */
    int nextLine() {
        return nextLine;
    }

    /**
     * Makes {@link #next} return false when a record (or blank line) would start exactly at file offset
     * {@code offset}, -1 for none; a scan whose records straddle the offset runs on to the end of the file.
     */
    void stopAt(long offset) {
        stopAt = offset;
    }

    /** Whether the last {@link #next} stopped at the {@link #stopAt} offset rather than at the end of the file. */
    boolean stopped() {
        return stopAt >= 0 && position() == stopAt;
    }

    /** Reads the next record; false at the end of the file (or at the stop offset). Blank lines are skipped. */
    boolean next() throws IOException {
        while (true) {
            if (bufferOffset + pos == stopAt) {
                return false;
            }
            if (pos >= fill && !refill()) {
                return false;
            }
            int result = parse(pos);
            if (result >= 0) {
                pos = result;
                if (fieldCount == 1 && lengths[0] == 0 && !unterminated) {
                    continue; // blank line
                }
                return true;
            }
            if (eof) {
                throw new IllegalStateException("unreachable: parse at eof must finish");
            }
            refill();
        }
    }

    private boolean refill() throws IOException {
        if (eof) {
            return pos < fill;
        }
        int keep = fill - pos;
        if (pos == 0 && fill == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
            System.arraycopy(buf, pos, buf, 0, keep);
            bufferOffset += pos;
            pos = 0;
            fill = keep;
        }
        while (fill < buf.length) {
            int read = in.read(buf, fill, buf.length - fill);
            if (read < 0) {
                eof = true;
                break;
            }
            fill += read;
        }
        return pos < fill;
    }

    /** Parses a record starting at {@code p}; returns the index after it, or -1 when more bytes are needed. */
    private int parse(int p) {
        fieldCount = 0;
        unterminated = false;
        int lines = 0;
        while (true) {
            if (fieldCount == starts.length) {
                starts = Arrays.copyOf(starts, fieldCount * 2);
                lengths = Arrays.copyOf(lengths, fieldCount * 2);
                doubled = Arrays.copyOf(doubled, fieldCount * 2);
            }
            int field = fieldCount++;
            if (p < fill && buf[p] == '"') {
                int q = p + 1;
                boolean hasDouble = false;
                while (true) {
                    q = ByteSearch.indexOfEither(buf, q, fill, QUOTE, NEWLINE);
                    if (q >= fill) {
                        if (!eof) {
                            return -1;
                        }
                        unterminated = true;
                        starts[field] = p + 1;
                        lengths[field] = q - p - 1;
                        doubled[field] = hasDouble;
                        finish(lines);
                        return q;
                    }
                    byte c = buf[q];
                    if (c == '"') {
                        if (q + 1 >= fill && !eof) {
                            return -1;
                        }
                        if (q + 1 < fill && buf[q + 1] == '"') {
                            hasDouble = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    }
                    q++;
                }
                starts[field] = p + 1;
                lengths[field] = q - p - 1;
                doubled[field] = hasDouble;
                p = q + 1;
                // after the closing quote: delimiter, line end or end of file (other bytes are kept loosely)
                while (p < fill && buf[p] != delimiter && buf[p] != '\n') {
                    p++;
                }
            } else {
                int q = ByteSearch.indexOfEither(buf, p, fill, delimiter, NEWLINE);
                if (q >= fill && !eof) {
                    return -1;
                }
                int end = q;
                if (end > p && buf[end - 1] == '\r' && (q >= fill || buf[q] == '\n')) {
                    end--;
                }
                starts[field] = p;
                lengths[field] = end - p;
                doubled[field] = false;
                p = q;
            }
            if (p >= fill) {
                if (!eof) {
                    return -1;
                }
                finish(lines);
                return p;
            }
            if (buf[p] == '\n') {
                finish(lines + 1);
                return p + 1;
            }
            p++; // delimiter
        }
    }

    private void finish(int linesInRecord) {
        line = nextLine;
        nextLine += Math.max(1, linesInRecord);
    }

    /** The field as a string (quotes unescaped), for headers and messages. */
    String text(int field) {
        if (field >= fieldCount) {
            return "";
        }
        String raw = new String(buf, starts[field], lengths[field], java.nio.charset.StandardCharsets.UTF_8);
        return doubled[field] ? raw.replace("\"\"", "\"") : raw;
    }
}
