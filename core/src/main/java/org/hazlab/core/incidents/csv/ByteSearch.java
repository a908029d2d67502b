package org.hazlab.core.incidents.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next of two byte values eight bytes at a time (SWAR: "SIMD within a register"): the scanner spends
 * most of its time walking long narratives for the next delimiter, line end or quote, and testing a whole long
 * per step roughly halves that. The zero-byte test is exact for the lowest match, which is all we need.
 */
final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteSearch() {
    }

    /** Index of the first byte in [from, to) equal to {@code a} or {@code b}, or {@code to} when there is none. */
    static int indexOfEither(byte[] buf, int from, int to, byte a, byte b) {
        long pa = (a & 0xFFL) * ONES;
        long pb = (b & 0xFFL) * ONES;
        int i = from;
        while (i + 8 <= to) {
            long word = (long) LONGS.get(buf, i);
            long x = word ^ pa;
            long y = word ^ pb;
            long found = ((x - ONES) & ~x | (y - ONES) & ~y) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        while (i < to) {
            byte c = buf[i];
            if (c == a || c == b) {
                return i;
            }
            i++;
        }
        return to;
    }
}
