package org.hazlab.core.review.trigger;

/** Why a review asks for a reassessment (IEC 62304 clause 9.6 and ISO 14971 clause 10 as practised). */
public enum TriggerKind {
    /** A death or serious injury linked to a hazard whose severity maps to no or non-serious injury. */
    HARM_ABOVE_SEVERITY("harm-above-severity"),
    /** The observed rate of harm is above the upper bound of the hazard's assumed probability band. */
    RATE_ABOVE_BAND("rate-above-band"),
    /** A trend or disproportionality signal raised in the review period and not in the period before. */
    NEW_SIGNAL("new-signal"),
    /** An item's class changes when the classification is rerun with the estimates the field data supports. */
    CLASS_CHANGE("class-change");

    private final String key;

    TriggerKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
