package org.hazlab.core.model;

import java.util.Locale;
/**
 * What a risk control is made of. The kind sets the default for whether a control is external to the software
 * system (everything but {@link #SOFTWARE}); IEC 62304 classification counts only external controls.
 */
public enum ControlKind {
    HARDWARE("hardware"),
    SOFTWARE("software"),
    HUMAN("human"),
    INDEPENDENT_SYSTEM("independent-system"),
    LABELLING("labelling");

    private final String key;

    ControlKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean externalByDefault() {
        return this != SOFTWARE;
    }

    /** The kind for a canonical key as stored in tables (the spellings files may use are in WorkspaceSchemas). */
    public static ControlKind fromKey(String key) {
        for (ControlKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown control kind: " + key);
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
