package org.hazlab.dsl.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the bracket a syntax error really comes from. Groovy's parser reports an unclosed {@code [}, {@code (}
 * or <code>{</code> where it gives up, a line or more later ("Unexpected input: 'def'" on line 9 for a list
 * opened on line 7); a user needs the line where the bracket was opened. Strings (all four quote forms) and
 * comments are skipped, so brackets inside them do not count.
 */
final class UnclosedBracket {

    /** An opening bracket without its closing one, at a 1-based line and column. */
    record Position(char bracket, int line, int column) {
    }

    private UnclosedBracket() {
    }

    /** The first bracket left open (or closed by the wrong kind) in the text, if any. */
    static Optional<Position> in(String text) {
        Deque<Position> open = new ArrayDeque<>();
        int line = 1;
        int column = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                i++;
                continue;
            }
            if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                column = 0;
                continue;
            }
            if (text.startsWith("/*", i) || text.startsWith("'''", i) || text.startsWith("\"\"\"", i)) {
                String end = text.startsWith("/*", i) ? "*/" : text.substring(i, i + 3);
                int close = text.indexOf(end, i + 2);
                int stop = close < 0 ? text.length() : close + end.length();
                for (int k = i; k < stop; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        column = 0;
                    } else {
                        column++;
                    }
                }
                column--;
                i = stop;
                continue;
            }
            if (c == '\'' || c == '"') {
                int k = i + 1;
                while (k < text.length() && text.charAt(k) != c && text.charAt(k) != '\n') {
                    k += text.charAt(k) == '\\' ? 2 : 1;
                }
                column += Math.min(k, text.length() - 1) - i;
                i = k + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                open.push(new Position(c, line, column));
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.isEmpty()) {
                    return Optional.empty();
                }
                Position top = open.pop();
                if (closer(top.bracket()) != c) {
                    return Optional.of(top);
                }
            }
            i++;
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(open.getLast());
    }

    private static char closer(char opener) {
        return opener == '(' ? ')' : opener == '[' ? ']' : '}';
    }
}
