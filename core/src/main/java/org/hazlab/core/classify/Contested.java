package org.hazlab.core.classify;

import org.hazlab.core.policy.ClassificationOptions.HarmReading;

/**
 * An item whose IEC 62304 class depends on how "the resulting possible harm" is read: under the other harm reading
 * (before or after the external controls that lower severity) it would have another class. Both classes and both
 * paths are shown so an auditor sees the disagreement instead of a silent choice.
 *
 * @param reading the other reading, the one not in force
 * @param label   the class under that reading
 * @param path    the decision path under that reading
 */
public record Contested(HarmReading reading, String label, DecisionPath path) {

    /** "C if the harm is judged before-controls". */
    public String words() {
        return label + " if the harm is judged " + reading.key();
    }
}
