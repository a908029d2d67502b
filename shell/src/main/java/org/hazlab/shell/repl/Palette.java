package org.hazlab.shell.repl;

/**
 * The few text styles of the REPL (errors, notes, headings, prompts) as ANSI SGR sequences, or plain text when
 * colour is off (piped output, NO_COLOR), so that no code path has to ask whether it may colour.
 */
public final class Palette {

    private final boolean color;

    public Palette(boolean color) {
        this.color = color;
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

    private String wrap(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
