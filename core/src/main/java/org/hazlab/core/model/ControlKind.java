package org.hazlab.core.model;

import java.util.Locale;
import org.hazlab.core.io.FieldType;

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

    /** Accepted spellings in data files. */
    public static final FieldType.Choice FIELD_TYPE = FieldType.Choice.of(
            "hardware=hw|hardware interlock|interlock|mechanical|electrical",
            "software=sw|software check|software control|firmware",
            "human=clinical procedure|procedure|clinician|user|operator|human procedure|clinical",
            "independent-system=independent|independent software system|external system|separate system",
            "labelling=labeling|label|ifu|information for safety|warning|instructions for use");

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

    /** The kind for a canonical key as stored in tables (see {@link #FIELD_TYPE}). */
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
