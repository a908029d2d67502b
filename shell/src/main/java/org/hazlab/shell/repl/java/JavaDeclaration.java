package org.hazlab.shell.repl.java;

/**
 * What a Java declaration cell shows, as JShell does: {@code int n = 24;} echoes {@code n ==> 24}, so a Java
 * user sees the value they just declared (strings quoted, like JShell).
 *
 * @param name  the declared variable
 * @param value its value after the cell ran
 */
public record JavaDeclaration(String name, Object value) {

    /**
     * The echo as the shell shows it, ending with a newline: a table (or anything the renderer shows on several
     * lines) goes through the one renderer, fitted to the terminal, below {@code name ==>}; a short value follows
     * on the same line as JShell prints it.
     */
    public String render(org.hazlab.dsl.render.ValueRenderer renderer) {
        if (value == null || value instanceof CharSequence || value instanceof Character) {
            return this + "\n";
        }
        String text = renderer.render(value);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.contains("\n") ? name + " ==>\n" + text : name + " ==> " + body + "\n";
    }

    @Override
    public String toString() {
        String shown = value instanceof CharSequence text ? "\"" + text + "\""
                : value instanceof Character c ? "'" + c + "'"
                : org.codehaus.groovy.runtime.FormatHelper.toString(value);
        return name + " ==> " + shown;
    }
}
