package org.hazlab.core.incidents.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time search against a plain loop, on random bytes including high (negative) ones. */
class ByteSearchTest {

    @Test
    void agreesWithAPlainLoop() {
        SplittableRandom random = new SplittableRandom(62304);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                int kind = random.nextInt(10);
                bytes[i] = (byte) (kind == 0 ? ',' : kind == 1 ? '\n' : kind == 2 ? 0x81 : random.nextInt(256));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int to = from + random.nextInt(bytes.length - from + 1);
            byte a = trial % 3 == 0 ? (byte) 0x81 : (byte) ',';
            byte b = '\n';
            int expected = to;
            for (int i = from; i < to; i++) {
                if (bytes[i] == a || bytes[i] == b) {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, ByteSearch.indexOfEither(bytes, from, to, a, b));
        }
    }
}
