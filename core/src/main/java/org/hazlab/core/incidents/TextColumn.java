package org.hazlab.core.incidents;

/**
 * A column of text values kept as bytes rather than {@code String}s: a million narratives as Java strings cost
 * hundreds of megabytes, and keyword matching works on bytes anyway. Values are UTF-8 (or ASCII-compatible)
 * bytes; {@link #get} decodes one value when a caller needs it.
 */
public interface TextColumn {

    int size();

    /** The value of a row as a string ("" when empty). */
    String get(int row);

    /** Visits every row's bytes in row order; the array is only valid during the call. */
    default void forEach(RowBytes visitor) {
        forEach(0, size(), visitor);
    }

    /**
     * Visits rows {@code from} (inclusive) to {@code to} (exclusive) in order. Calls for disjoint ranges may run
     * on different threads at once (the linker splits a million narratives over the cores this way).
     */
    void forEach(int from, int to, RowBytes visitor);

    /**
     * Like {@link #forEach(int, int, RowBytes)}, but a value read from a quoted field may be given as it stands in
     * the file, its quotes still doubled ({@code ""}): for a search whose patterns hold no quote, which finds the
     * same occurrences either way (unescaping changes nothing else) without copying every value that has a quote.
     * Columns held unescaped give the same bytes as {@code forEach}.
     */
    default void forEachRaw(int from, int to, RowBytes visitor) {
        forEach(from, to, visitor);
    }

    /** The bytes of rows {@code from} (inclusive) to {@code to} (exclusive): how much a pass over them reads. */
    long bytes(int from, int to);

    /** Receives one row's bytes. */
    @FunctionalInterface
    interface RowBytes {
        void accept(int row, byte[] bytes, int offset, int length);
    }
}
