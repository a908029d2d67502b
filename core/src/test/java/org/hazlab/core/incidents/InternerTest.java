package org.hazlab.core.incidents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interner against a {@code HashMap} of strings: same value, same code; codes in first-seen order. */
class InternerTest {

    @Test
    void codesMatchAMapOfStringsThroughManyRehashes() {
        Interner interner = new Interner();
        Map<String, Integer> reference = new HashMap<>();
        reference.put("", 0);
        Random random = new Random(62304);
        byte[] buffer = new byte[64];
        for (int n = 0; n < 200_000; n++) {
            // ASCII values of 0-12 bytes from a small alphabet, at varying offsets: many repeats, many distinct
            // values (several rehashes)
            int length = random.nextInt(13);
            int offset = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) "ABCDEFGHIJ-; ".charAt(random.nextInt(13));
            }
            String value = new String(buffer, offset, length, StandardCharsets.UTF_8);
            int expected = reference.computeIfAbsent(value, v -> reference.size());
            assertEquals(expected, interner.intern(buffer, offset, length), value);
        }
        assertEquals(reference.size(), interner.size());
        reference.forEach((value, code) -> assertEquals(value, interner.value(code)));
    }

    @Test
    void valuesWithTheSameHashGetTheirOwnCodes() {
        Interner interner = new Interner();
        // "Aa" and "BB" (and their concatenations) have the same 31-polynomial hash
        int aa = interner.intern("Aa");
        int bb = interner.intern("BB");
        int aaBb = interner.intern("AaBB");
        int bbAa = interner.intern("BBAa");
        assertNotEquals(aa, bb);
        assertNotEquals(aaBb, bbAa);
        assertEquals(aa, interner.intern("Aa"));
        assertEquals(bbAa, interner.intern("BBAa".getBytes(StandardCharsets.UTF_8), 0, 4));
        assertArrayEquals("BB".getBytes(StandardCharsets.UTF_8), interner.bytes(bb));
        assertEquals(0, interner.intern(""), "code 0 is the empty value");
        assertEquals(0, interner.intern((String) null));
    }
}
