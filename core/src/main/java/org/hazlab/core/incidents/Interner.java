package org.hazlab.core.incidents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns repeated short values (product codes, event types, problem terms, hazard lists) into small int codes,
 * straight from bytes, so a million rows cost one int each and no string is made for a value seen before.
 * Code 0 is always the empty value.
 */
public final class Interner {

    private final List<String> values = new ArrayList<>();
    private final List<byte[]> keys = new ArrayList<>();
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
            byte[] key = keys.get(code);
            if (Arrays.equals(key, 0, key.length, bytes, offset, offset + length)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
        int code = values.size();
        byte[] key = Arrays.copyOfRange(bytes, offset, offset + length);
        keys.add(key);
        values.add(new String(key, StandardCharsets.UTF_8));
        table[slot] = code;
        if (values.size() * 2 > table.length) {
            rehash();
        }
        return code;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int code = 0; code < keys.size(); code++) {
            byte[] key = keys.get(code);
            int hash = 1;
            for (byte b : key) {
                hash = 31 * hash + b;
            }
            int slot = mix(hash) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code;
        }
    }

    /** The bytes a code was interned from (not to be changed). */
    byte[] bytes(int code) {
        return keys.get(code);
    }

    public String value(int code) {
        return values.get(code);
    }

    public int size() {
        return values.size();
    }
}
