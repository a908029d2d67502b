package org.hazlab.core.model;

/** Which factor of a risk a control lowers: how bad the harm is, or how likely it is. */
public enum RiskFactor {
    SEVERITY("severity"),
    PROBABILITY("probability");

    /** Accepted spellings in data files. */
    private final String key;

    RiskFactor(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static RiskFactor fromKey(String key) {
        return key.equals("severity") ? SEVERITY : PROBABILITY;
    }

    @Override
    public String toString() {
        return key;
    }
}
