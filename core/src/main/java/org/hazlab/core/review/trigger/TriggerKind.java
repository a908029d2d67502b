package org.hazlab.core.review.trigger;

/**
 * Why a review asks for a reassessment (IEC 62304 clause 9.6, ISO 14971 clause 10, EU MDR Art. 83-88 as
 * practised).
 */
public enum TriggerKind {
    /** A death, or harm of a category worse than the one the hazard's severity maps to, linked to the hazard. */
    HARM_WORSE_THAN_ASSUMED("harm-worse-than-assumed"),
    /** The observed rate is above the band of the level a credited external control claims to reduce to. */
    CONTROL_EFFECTIVENESS("control-effectiveness"),
    /** The observed rate of harm is above the upper bound of the hazard's assumed probability band. */
    RATE_ABOVE_BAND("rate-above-band"),
    /** Non-serious incidents significantly above the expected frequency of the PMS plan (MDR Art. 88). */
    TREND_REPORT("trend-report"),
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
