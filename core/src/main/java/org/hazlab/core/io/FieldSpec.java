package org.hazlab.core.io;

import java.util.List;

/**
 * One field of a hazlab table: its canonical name (the Tablesaw column name), its type, whether a value is
 * required, the headers that are recognised for it without any mapping, and a one-line meaning for the docs.
 */
public record FieldSpec(String name, FieldType type, boolean required, List<String> aliases, String meaning) {

    public FieldSpec {
        aliases = List.copyOf(aliases);
    }

    public static FieldSpec required(String name, FieldType type, String meaning, String... aliases) {
        return new FieldSpec(name, type, true, List.of(aliases), meaning);
    }

    public static FieldSpec optional(String name, FieldType type, String meaning, String... aliases) {
        return new FieldSpec(name, type, false, List.of(aliases), meaning);
    }

    /** True when a header written by a user names this field. */
    public boolean matches(String header) {
        String key = HeaderNames.normalise(header);
        if (key.equals(HeaderNames.normalise(name))) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> HeaderNames.normalise(alias).equals(key));
    }

    public FieldSpec withType(FieldType newType) {
        return new FieldSpec(name, newType, required, aliases, meaning);
    }
}
