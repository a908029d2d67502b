package org.hazlab.shell.repl.input;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * A line cut for completion: the word under the cursor is what a candidate replaces. Inside an open quote it is
 * the text after the quote; after a {@code :command } it is the last space-separated argument; elsewhere the run
 * of identifier characters and dots before the cursor ({@code model.ite}).
 *
 * @param line       the whole buffer
 * @param cursor     cursor position in the buffer
 * @param word       the word being completed (up to the cursor)
 * @param wordStart  where the word starts in the buffer
 * @param quoted     whether the word is inside an open string
 */
public record ReplParsedLine(String line, int cursor, String word, int wordStart, boolean quoted)
        implements CompletingParsedLine {

    /** Cuts the word ending at the cursor. */
    public static ReplParsedLine at(String line, int cursor) {
        String before = line.substring(0, Math.min(cursor, line.length()));
        int quote = openQuote(before);
        if (quote >= 0) {
            return new ReplParsedLine(line, cursor, before.substring(quote + 1), quote + 1, true);
        }
        if (before.stripLeading().startsWith(":") && before.contains(" ")) {
            int start = before.lastIndexOf(' ') + 1;
            return new ReplParsedLine(line, cursor, before.substring(start), start, false);
        }
        int start = before.length();
        while (start > 0 && isWordChar(before.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && before.charAt(start - 1) == ':' && before.substring(0, start - 1).isBlank()) {
            start--;
        }
        return new ReplParsedLine(line, cursor, before.substring(start), start, false);
    }

    private static boolean isWordChar(char c) {
        return Character.isJavaIdentifierPart(c) || c == '.';
    }

    /** Index of the quote that opens a string still open at the end of the text on its line, or -1. */
    static int openQuote(String text) {
        int lineStart = text.lastIndexOf('\n') + 1;
        int open = -1;
        char quote = 0;
        for (int i = lineStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    open = -1;
                }
            } else if (c == '"' || c == '\'') {
                open = i;
                quote = c;
            }
        }
        return open;
    }

    /** The same line with the word cut as in code (dotted name), for code after {@code :java }. */
    public ReplParsedLine javaWord(int codeStart) {
        String before = line.substring(0, Math.min(cursor, line.length()));
        int start = before.length();
        while (start > codeStart && isWordChar(before.charAt(start - 1))) {
            start--;
        }
        return new ReplParsedLine(line, cursor, before.substring(start), start, false);
    }

    /** The text before the word (what the completer looks at to know the context). */
    public String beforeWord() {
        return line.substring(0, quoted ? wordStart - 1 : wordStart);
    }

    @Override
    public int wordCursor() {
        return word.length();
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return word.length();
    }

    @Override
    public int rawWordLength() {
        return word.length();
    }
}
