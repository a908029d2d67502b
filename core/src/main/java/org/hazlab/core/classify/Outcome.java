package org.hazlab.core.classify;

import java.util.List;

/**
 * What a scheme concluded for one item or the system: a category, or the statement that it cannot decide
 * because inputs are missing. A scheme never guesses a missing input, so "undetermined" is a first-class result
 * that names the fields to fill in; "not applicable" says a scheme does not cover this kind of software.
 */
public sealed interface Outcome permits Outcome.Assigned, Outcome.Undetermined, Outcome.NotApplicable {

    /** The category as shown in tables ("C", "IIb", "Enhanced"), or "undetermined". */
    String label();

    /**
     * A category assigned by the scheme.
     *
     * @param label category name
     * @param rank  position in the scheme's order of rigour, 1 = lowest
     */
    record Assigned(String label, int rank) implements Outcome {
    }

    /**
     * The scheme lacks inputs.
     *
     * @param missing the workspace fields (attribute keys) that are missing or invalid
     * @param reason  one sentence saying what to supply
     */
    record Undetermined(List<String> missing, String reason) implements Outcome {

        public Undetermined {
            missing = List.copyOf(missing);
        }

        @Override
        public String label() {
            return "undetermined";
        }
    }

    /**
     * The scheme does not apply to this kind of software (the IMDRF SaMD categories for software embedded in a
     * device), and says why.
     *
     * @param reason one sentence naming the scheme's scope and the workspace's kind
     */
    record NotApplicable(String reason) implements Outcome {

        @Override
        public String label() {
            return "not applicable";
        }
    }

    static Outcome of(SafetyClass safetyClass) {
        return new Assigned(safetyClass.name(), safetyClass.ordinal() + 1);
    }
}
