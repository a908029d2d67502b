package org.hazlab.core.classify;

import java.util.Optional;

/**
 * The result for one software item, or for the system as a whole, under one scheme.
 *
 * @param id       item identifier (the system's id for the system row)
 * @param name     display name
 * @param parent   parent item identifier; for top-level items the system's id; empty for the system
 * @param depth    0 for the system, 1 for top-level items, and so on
 * @param system   whether this is the system row
 * @param outcome  the category, or what is missing to decide
 * @param path     how the outcome was reached
 * @param contested the class and path under the other harm reading when they differ (IEC 62304 A1), or null
 */
public record ItemClassification(String id, String name, String parent, int depth, boolean system,
                                 Outcome outcome, DecisionPath path, Contested contested) {

    /** A row that is not contested. */
    public ItemClassification(String id, String name, String parent, int depth, boolean system, Outcome outcome,
                              DecisionPath path) {
        this(id, name, parent, depth, system, outcome, path, null);
    }

    /** The same row marked contested (or not, with null). */
    public ItemClassification withContested(Contested other) {
        return new ItemClassification(id, name, parent, depth, system, outcome, path, other);
    }

    /** The other reading's class and path, when the two readings disagree. */
    public Optional<Contested> contestedBy() {
        return Optional.ofNullable(contested);
    }

    public ItemClassification {
        parent = parent == null ? "" : parent;
    }

    /** The category label ("C", "IIb", "undetermined"). */
    public String label() {
        return outcome.label();
    }

    /** The IEC 62304 class, when the scheme assigns one (the 62304 schemes do). */
    public Optional<SafetyClass> safetyClass() {
        return outcome instanceof Outcome.Assigned assigned ? SafetyClass.parse(assigned.label()) : Optional.empty();
    }

    public String because() {
        return path.because();
    }
}
