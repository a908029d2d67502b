package org.hazlab.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A row of the hazard log: a hazardous situation some software items can contribute to, the harm it can cause,
 * its estimated severity and probability of harm, and the risk controls applied. Severity and probability are
 * canonical level names of the model's policy once the model is built (aliases are resolved by the builder).
 *
 * @param id          unique identifier
 * @param title       short name of the hazard, or empty
 * @param items       identifiers of the software items involved
 * @param situation   the hazardous situation
 * @param harm        the harm that may result
 * @param severity    severity level name, or null when not estimated
 * @param probability probability-of-harm level name, or null when not estimated
 * @param controls    identifiers of the risk controls applied
 * @param notes       free notes
 * @param origin      where it was defined
 */
public record Hazard(String id, String title, List<String> items, String situation, String harm, String severity,
                     String probability, List<String> controls, String notes, Origin origin) {

    public Hazard {
        title = title == null ? "" : title;
        items = List.copyOf(items);
        situation = situation == null ? "" : situation;
        harm = harm == null ? "" : harm;
        severity = severity == null || severity.isBlank() ? null : severity;
        probability = probability == null || probability.isBlank() ? null : probability;
        controls = List.copyOf(controls);
        notes = notes == null ? "" : notes;
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    /** A hazard with an id, the items involved and its estimates; other fields empty. */
    public static Hazard of(String id, List<String> items, String severity, String probability,
                            List<String> controls) {
        return new Hazard(id, "", items, "", "", severity, probability, controls, "", Origin.UNKNOWN);
    }

    public Optional<String> severityLevel() {
        return Optional.ofNullable(severity);
    }

    public Optional<String> probabilityLevel() {
        return Optional.ofNullable(probability);
    }

    public Hazard withSeverity(String newSeverity) {
        return new Hazard(id, title, items, situation, harm, newSeverity, probability, controls, notes, origin);
    }

    public Hazard withProbability(String newProbability) {
        return new Hazard(id, title, items, situation, harm, severity, newProbability, controls, notes, origin);
    }

    public Hazard withItems(List<String> newItems) {
        return new Hazard(id, title, newItems, situation, harm, severity, probability, controls, notes, origin);
    }

    public Hazard withControls(List<String> newControls) {
        return new Hazard(id, title, items, situation, harm, severity, probability, newControls, notes, origin);
    }
}
