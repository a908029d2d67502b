package org.hazlab.core.trace.gaps;

/** Where one required activity of one item stands. */
public enum ActivityState {
    /** Evidence with status done (or a justified not-applicable). */
    EVIDENCED("evidenced"),
    /** Evidence exists but is planned or in progress. */
    INCOMPLETE("incomplete"),
    /** No evidence at all. */
    MISSING("missing");

    private final String key;

    ActivityState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean gap() {
        return this != EVIDENCED;
    }

    @Override
    public String toString() {
        return key;
    }
}
