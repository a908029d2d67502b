package org.hazlab.core.incidents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns repeated short values (product codes, event types, problem terms, hazard lists) into small int codes,
 * straight from bytes, so a million rows cost one int each and no string is made for a value seen before.
 * Code 0 is always the empty value.
 */
public final class Interner {

    private final List<String> values = new ArrayList<>();
    /** Per code, its bytes and their hash: a probe compares hashes first and bytes in a plain loop, which C1
     * (hazlab run's compiler) runs several times faster than {@code Arrays.equals} on ranges of a few bytes. */
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private int[] table = new int[1024];

    public Interner() {
        Arrays.fill(table, -1);
        intern(new byte[0], 0, 0);
    }

    public int intern(String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        return intern(bytes, 0, bytes.length);
    }

    public int intern(byte[] bytes, int offset, int length) {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            int code = table[slot];
            if (code < 0) {
                break;
            }
            if (hashes[code] == hash && same(keys[code], bytes, offset, length)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        int code = values.size();
        byte[] key = Arrays.copyOfRange(bytes, offset, offset + length);
        if (code == keys.length) {
            keys = Arrays.copyOf(keys, code * 2);
            hashes = Arrays.copyOf(hashes, code * 2);
        }
        keys[code] = key;
        hashes[code] = hash;
        values.add(new String(key, StandardCharsets.UTF_8));
        table[slot] = code;
        if (values.size() * 2 > table.length) {
            rehash();
        }
        return code;
    }

    private static boolean same(byte[] key, byte[] bytes, int offset, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int code = 0; code < values.size(); code++) {
            int slot = mix(hashes[code]) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code;
        }
    }

    /** The bytes a code was interned from (not to be changed). */
    byte[] bytes(int code) {
        Objects.checkIndex(code, values.size());
        return keys[code];
    }

    public String value(int code) {
        return values.get(code);
    }

    public int size() {
        return values.size();
    }
}
