package org.hazlab.shell.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlab.shell.repl.Palette;

/**
 * Marks class C in the CLI's text output (the class column of classify, gaps and impact, and "class C" in the
 * reasons) so that the items needing the most rigour stand out on a terminal. Applied after the columns are laid
 * out, so the escape codes never shift a column; with a plain palette the text is returned unchanged.
 */
final class ClassCHighlight {

    /** "class C", or a C standing alone between spaces (a table cell). */
    private static final Pattern CLASS_C = Pattern.compile("\\bclass C\\b|(?<=(?:^|  ))C(?=  |$)",
            Pattern.MULTILINE);

    private ClassCHighlight() {
    }

    static String apply(String text, Palette palette) {
        if (!palette.color()) {
            return text;
        }
        Matcher matcher = CLASS_C.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(palette.severe(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
