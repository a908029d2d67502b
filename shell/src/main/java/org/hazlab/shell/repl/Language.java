package org.hazlab.shell.repl;

/** The language of a cell: Groovy (the DSL, the default) or Java (through JShell). */
public enum Language {
    GROOVY, JAVA;

    /** The marker line that makes a typed cell a Java cell. */
    public static final String JAVA_MARKER = "%java";

    /** The key used in notebooks and journals. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Language fromKey(String key) {
        return "java".equalsIgnoreCase(key) ? JAVA : GROOVY;
    }
}
