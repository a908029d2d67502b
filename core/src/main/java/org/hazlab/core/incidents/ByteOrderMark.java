package org.hazlab.core.incidents;

/**
 * The UTF-8 byte order mark that Excel and some exports write before a file's first line. Every reader that looks
 * at a first line (format detection, the CSV header, MAUDE's first key) drops it the same way, whether the line was
 * decoded as UTF-8 (one character, {@code U+FEFF}) or byte for byte as Latin-1 (three, {@code EF BB BF}), as
 * MAUDE files and format signatures are read.
 */
public final class ByteOrderMark {

    private static final String DECODED = "\uFEFF";
    private static final String AS_LATIN1 = "\u00EF\u00BB\u00BF";

    private ByteOrderMark() {
    }

    /** The text without a leading byte order mark (the text itself when it has none). */
    public static String strip(String text) {
        if (text.startsWith(DECODED)) {
            return text.substring(DECODED.length());
        }
        return text.startsWith(AS_LATIN1) ? text.substring(AS_LATIN1.length()) : text;
    }
}
