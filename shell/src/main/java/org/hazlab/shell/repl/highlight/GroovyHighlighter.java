package org.hazlab.shell.repl.highlight;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlab.shell.repl.complete.DslVocabulary;
import org.jline.reader.LineReader;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line being typed: Groovy keywords, strings, numbers, comments, DSL words and {@code :commands}.
 * A lexical pass with one regular expression, fast enough to run on every key press; JLine is not given it when
 * colour is off.
 */
public final class GroovyHighlighter extends DefaultHighlighter {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment>//[^\\n]*|/\\*(?s:.*?)(?:\\*/|$))"
            + "|(?<string>'''(?s:.*?)(?:'''|$)|\"\"\"(?s:.*?)(?:\"\"\"|$)|'(?:[^'\\\\\\n]|\\\\.)*'?"
            + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"?)"
            + "|(?<number>\\b\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[gGlLdDfF]?\\b)"
            + "|(?<command>^\\s*:[a-z]+)"
            + "|(?<word>[A-Za-z_$][\\w$]*)");

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
    private static final AttributedStyle DSL = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);

    private final java.util.function.Supplier<Set<String>> dslWords;

    /** Highlights the words of the hazlab DSL (looked up on first use, so the prompt does not wait for them). */
    public GroovyHighlighter() {
        this.dslWords = () -> DslVocabulary.standard().words();
    }

    public GroovyHighlighter(Set<String> dslWords) {
        this.dslWords = () -> dslWords;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    /** The buffer with styles (also used by tests). */
    public AttributedString highlight(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        Matcher m = TOKEN.matcher(buffer);
        int last = 0;
        while (m.find()) {
            out.append(buffer.substring(last, m.start()));
            out.styled(style(m), m.group());
            last = m.end();
        }
        out.append(buffer.substring(last));
        return out.toAttributedString();
    }

    private AttributedStyle style(Matcher m) {
        if (m.group("comment") != null) {
            return COMMENT;
        }
        if (m.group("string") != null) {
            return STRING;
        }
        if (m.group("number") != null) {
            return NUMBER;
        }
        if (m.group("command") != null) {
            return KEYWORD;
        }
        String word = m.group("word");
        if (GroovyKeywords.ALL.contains(word)) {
            return KEYWORD;
        }
        return dslWords.get().contains(word) ? DSL : AttributedStyle.DEFAULT;
    }
}
