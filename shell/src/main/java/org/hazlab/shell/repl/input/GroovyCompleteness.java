package org.hazlab.shell.repl.input;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decides whether typed Groovy (or Java) is a complete cell or continues on the next line: open brackets, open
 * strings (including triple-quoted ones), block comments, a trailing backslash or a trailing binary operator all
 * mean "more to come". A lexical scan rather than a compile, so that it is instant on every Enter and never runs
 * user code; the compiler still has the last word when the cell is evaluated.
 */
public final class GroovyCompleteness {

    private GroovyCompleteness() {
    }

    /**
     * True when the text needs more lines. Commands ({@code :name}) are always complete; a cell that starts with
     * a {@code %java} line goes on until an empty line.
     */
    public static boolean isIncomplete(String text) {
        if (text.strip().startsWith(":")) {
            return false;
        }
        if (text.stripLeading().startsWith("%java")) {
            return !text.endsWith("\n");
        }
        Deque<Character> open = new ArrayDeque<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                if (end < 0) {
                    break;
                }
                i = end + 1;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return true;
                }
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                String quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                int end = closing(text, i + quote.length(), quote);
                if (end < 0) {
                    return true;
                }
                i = end + quote.length();
            } else if (c == '(' || c == '[' || c == '{') {
                open.push(c);
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (!open.isEmpty()) {
                    open.pop();
                }
                i++;
            } else {
                i++;
            }
        }
        return !open.isEmpty() || continues(text);
    }

    private static int closing(String text, int from, String quote) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (quote.length() == 1 && c == '\n') {
                return -1;
            } else if (text.startsWith(quote, i)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean continues(String text) {
        String last = lastCodeLine(text);
        if (last.isEmpty()) {
            return false;
        }
        if (last.endsWith("\\")) {
            return true;
        }
        for (String op : new String[] {"+", "-", "=", "&&", "||", ".", ",", "?", ":", "->"}) {
            if (last.endsWith(op) && !last.endsWith("++") && !last.endsWith("--")) {
                return true;
            }
        }
        return false;
    }

    private static String lastCodeLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("//")) {
                return line;
            }
        }
        return "";
    }
}
