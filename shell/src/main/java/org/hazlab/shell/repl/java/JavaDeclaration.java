package org.hazlab.shell.repl.java;

/**
 * What a Java declaration cell shows, as JShell does: {@code int n = 24;} echoes {@code n ==> 24}, so a Java
 * user sees the value they just declared (strings quoted, like JShell).
 *
 * @param name  the declared variable
 * @param value its value after the cell ran
 */
public record JavaDeclaration(String name, Object value) {

    @Override
    public String toString() {
        String shown = value instanceof CharSequence text ? "\"" + text + "\""
                : value instanceof Character c ? "'" + c + "'"
                : org.codehaus.groovy.runtime.FormatHelper.toString(value);
        return name + " ==> " + shown;
    }
}
