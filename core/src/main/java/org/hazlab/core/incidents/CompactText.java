package org.hazlab.core.incidents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable in-heap {@link TextColumn}: all values' bytes in one array and the end offset of each, about the
 * size of the text itself with no per-value object.
 */
public final class CompactText implements TextColumn {

    private byte[] data = new byte[1 << 12];
    private int used;
    private int[] ends = new int[64];
    private int size;

    public void add(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, data, used, length);
        used += length;
        addEnd();
    }

    public void add(String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        add(bytes, 0, bytes.length);
    }

    /** Adds every value of {@code later} after these (two halves of one file joined). */
    public void addAll(CompactText later) {
        if (used + later.used > data.length) {
            data = Arrays.copyOf(data, used + later.used); // exactly: the last values, so trim() copies nothing
        }
        System.arraycopy(later.data, 0, data, used, later.used);
        if (size + later.size > ends.length) {
            ends = Arrays.copyOf(ends, size + later.size);
        }
        for (int row = 0; row < later.size; row++) {
            ends[size + row] = used + later.ends[row];
        }
        used += later.used;
        size += later.size;
    }

    private void ensure(int length) {
        if (used + length > data.length) {
            long wanted = Math.max((long) data.length * 2, (long) used + length);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("text column over 2 GB");
            }
            data = Arrays.copyOf(data, (int) wanted);
        }
    }

    private void addEnd() {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = used;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long bytes(int from, int to) {
        return from >= to ? 0 : (long) start(to) - start(from);
    }

    private int start(int row) {
        return row == 0 ? 0 : ends[row - 1];
    }

    @Override
    public String get(int row) {
        int start = start(row);
        return new String(data, start, ends[row] - start, StandardCharsets.UTF_8);
    }

    @Override
    public void forEach(int from, int to, RowBytes visitor) {
        int start = from == 0 ? 0 : ends[from - 1];
        for (int row = from; row < to; row++) {
            visitor.accept(row, data, start, ends[row] - start);
            start = ends[row];
        }
    }

    /** Drops spare capacity once loading is done. */
    public CompactText trim() {
        if (data.length != used) {
            data = Arrays.copyOf(data, used);
        }
        if (ends.length != size) {
            ends = Arrays.copyOf(ends, size);
        }
        return this;
    }
}
