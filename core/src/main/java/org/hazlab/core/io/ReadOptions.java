package org.hazlab.core.io;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read one file: the name to use in messages (usually the path relative to the workspace), and the
 * overrides a user can declare in the workspace manifest when detection is not enough.
 *
 * @param label     how the file is named in problems
 * @param charset   declared text encoding, or null to detect (BOM, then strict UTF-8, then windows-1252)
 * @param delimiter declared field delimiter for text tables, or null for the format's default
 * @param sheet     sheet name for workbooks, or null for the first sheet
 */
public record ReadOptions(String label, Charset charset, Character delimiter, String sheet) {

    public static ReadOptions labelled(String label) {
        return new ReadOptions(label, null, null, null);
    }

    public Optional<Charset> declaredCharset() {
        return Optional.ofNullable(charset);
    }

    public Optional<Character> declaredDelimiter() {
        return Optional.ofNullable(delimiter);
    }

    public Optional<String> declaredSheet() {
        return Optional.ofNullable(sheet);
    }
}
