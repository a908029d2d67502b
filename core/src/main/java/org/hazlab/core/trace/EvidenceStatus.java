package org.hazlab.core.trace;

import org.hazlab.core.io.FieldType;

/**
 * How far an activity's evidence has got. Only {@link #DONE} (and {@link #NOT_APPLICABLE}, which records a
 * justified omission) close an activity; planned or in-progress work is still a gap an auditor would raise.
 */
public enum EvidenceStatus {
    DONE("done"),
    IN_PROGRESS("in-progress"),
    PLANNED("planned"),
    NOT_APPLICABLE("not-applicable");

    /** Accepted spellings in data files. */
    public static final FieldType.Choice FIELD_TYPE = FieldType.Choice.of(
            "done=complete|completed|approved|released|closed|yes|y",
            "in-progress=in progress|draft|ongoing|started|wip|in review",
            "planned=open|todo|to do|not started|tbd",
            "not-applicable=n/a|na|not applicable|justified omission");

    private final String key;

    EvidenceStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the activity counts as performed. */
    public boolean closes() {
        return this == DONE || this == NOT_APPLICABLE;
    }

    /** The status for a canonical key; an empty cell means done (a reference was given). */
    public static EvidenceStatus fromKey(String key) {
        for (EvidenceStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        return DONE;
    }

    @Override
    public String toString() {
        return key;
    }
}
