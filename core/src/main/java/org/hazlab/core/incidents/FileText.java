package org.hazlab.core.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A {@link TextColumn} whose values stay in the file they were read from: only each value's byte offset and
 * length are in memory (12 bytes a row), so the narratives of a million reports cost 12 MB instead of 300.
 * Values that were quoted with doubled quotes ({@code ""}) are unescaped when read. Offsets must ascend with
 * the row number (they do for a file read front to back). The file must not change while the store is used.
 */
public final class FileText implements TextColumn {

    private final Path file;
    private long[] starts = new long[64];
    private int[] lengths = new int[64];
    private final BitSet escaped = new BitSet();
    private int size;

    public FileText(Path file) {
        this.file = file;
    }

    /** Adds a value found at {@code start} with {@code length} raw bytes, {@code doubledQuotes} when quoted with "". */
    public void add(long start, int length, boolean doubledQuotes) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        starts[size] = start;
        lengths[size] = length;
        if (doubledQuotes) {
            escaped.set(size);
        }
        size++;
    }

    /** Makes room for about {@code rows} more values (an estimate: more still fit). */
    public void reserve(int rows) {
        if (size + rows > starts.length) {
            starts = Arrays.copyOf(starts, size + rows);
            lengths = Arrays.copyOf(lengths, size + rows);
        }
    }

    /**
     * Adds the values of {@code later}, which holds the following rows of the same file (the second half of a file
     * read on two threads); the offsets stay file offsets, nothing is copied into memory.
     */
    public void addAll(FileText later) {
        if (!later.file.equals(file)) {
            throw new IllegalArgumentException("values of another file: " + later.file);
        }
        int total = size + later.size;
        if (total > starts.length) {
            starts = Arrays.copyOf(starts, total);
            lengths = Arrays.copyOf(lengths, total);
        }
        System.arraycopy(later.starts, 0, starts, size, later.size);
        System.arraycopy(later.lengths, 0, lengths, size, later.size);
        for (int row = later.escaped.nextSetBit(0); row >= 0; row = later.escaped.nextSetBit(row + 1)) {
            escaped.set(size + row);
        }
        size = total;
    }

    public FileText trim() {
        if (!IncidentStore.spare(starts.length, size)) {
            starts = Arrays.copyOf(starts, size);
            lengths = Arrays.copyOf(lengths, size);
        }
        return this;
    }

    @Override
    public long bytes(int from, int to) {
        long total = 0;
        for (int row = from; row < to; row++) {
            total += lengths[row];
        }
        return total;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(int row) {
        byte[] bytes = new byte[lengths[row]];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = starts[row];
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException("file shorter than when it was loaded: " + file);
                }
                position += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int length = escaped.get(row) ? unescape(bytes, 0, bytes.length) : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** Collapses doubled quotes in place; returns the new length. */
    static int unescape(byte[] bytes, int offset, int length) {
        int out = offset;
        for (int i = offset; i < offset + length; i++) {
            bytes[out++] = bytes[i];
            if (bytes[i] == '"' && i + 1 < offset + length && bytes[i + 1] == '"') {
                i++;
            }
        }
        return out - offset;
    }

    @Override
    public void forEach(int from, int to, RowBytes visitor) {
        visit(from, to, visitor, true);
    }

    /** The values as they stand in the file: quotes doubled where the field had them (no copy, no unescaping). */
    @Override
    public void forEachRaw(int from, int to, RowBytes visitor) {
        visit(from, to, visitor, false);
    }

    private void visit(int from, int to, RowBytes visitor, boolean unescaped) {
        if (from >= to) {
            return;
        }
        int window = 4 << 20;
        for (int row = from; row < to; row++) {
            window = Math.max(window, lengths[row]);
        }
        byte[] buffer = new byte[window];
        byte[] scratch = new byte[window];
        long bufferStart = 0;
        int bufferFill = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int row = from; row < to; row++) {
                long start = starts[row];
                int length = lengths[row];
                if (start < bufferStart || start + length > bufferStart + bufferFill) {
                    bufferStart = start;
                    bufferFill = fill(channel, buffer, start);
                    if (bufferFill < length) {
                        throw new IOException("file shorter than when it was loaded: " + file);
                    }
                }
                int offset = (int) (start - bufferStart);
                if (unescaped && escaped.get(row)) {
                    System.arraycopy(buffer, offset, scratch, 0, length);
                    visitor.accept(row, scratch, 0, unescape(scratch, 0, length));
                } else {
                    visitor.accept(row, buffer, offset, length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fill(FileChannel channel, byte[] buffer, long position) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer);
        while (target.hasRemaining()) {
            int read = channel.read(target, position + target.position());
            if (read < 0) {
                break;
            }
        }
        return target.position();
    }
}
