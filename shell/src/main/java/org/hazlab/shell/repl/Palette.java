package org.hazlab.shell.repl;

import java.util.Map;

/**
 * The few text styles of hazlab's terminal output (errors, notes, headings, prompts, class C) as ANSI SGR
 * sequences, or plain text when colour is off, so that no code path has to ask whether it may colour. It is also
 * the one colour policy of the shell and the CLI ({@link #allowed}): colour only on a terminal, never when the
 * stream is piped or redirected, never under {@code NO_COLOR} (any non-empty value, no-color.org) or
 * {@code TERM=dumb}.
 */
public final class Palette {

    /** No colour at all. */
    public static final Palette PLAIN = new Palette(false);

    private final boolean color;

    public Palette(boolean color) {
        this.color = color;
    }

    /**
     * Whether a stream may be coloured: it goes to a terminal, {@code NO_COLOR} is unset or empty and
     * {@code TERM} is not {@code dumb}.
     */
    public static boolean allowed(boolean terminal, Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }

    /** The palette for a stream, by {@link #allowed} with this process's environment. */
    public static Palette forStream(boolean terminal) {
        return new Palette(allowed(terminal, System.getenv()));
    }

    public boolean color() {
        return color;
    }

    public String error(String text) {
        return wrap("31", text);
    }

    public String note(String text) {
        return wrap("2", text);
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String accent(String text) {
        return wrap("36", text);
    }

    public String good(String text) {
        return wrap("32", text);
    }

    /** The highest safety class (IEC 62304 class C), which a reader should not miss: bold red. */
    public String severe(String text) {
        return wrap("1;31", text);
    }

    private String wrap(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
