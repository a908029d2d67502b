package org.hazlab.shell.repl.highlight;

import java.util.Set;

/** Groovy's keywords and literal words, for highlighting and completion. */
public final class GroovyKeywords {

    public static final Set<String> ALL = Set.of("as", "assert", "break", "case", "catch", "class", "continue",
            "def", "default", "do", "else", "enum", "extends", "false", "final", "finally", "for", "if", "import",
            "in", "instanceof", "interface", "new", "null", "private", "public", "return", "static", "switch",
            "this", "throw", "true", "try", "var", "void", "while", "it");

    private GroovyKeywords() {
    }
}
