package org.hazlab.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.InvalidInputException;

/**
 * A named what-if: changes applied in order to a copy of a model. The baseline is never touched (models are
 * immutable); the changed model is validated like one loaded from files, so a scenario that breaks the model
 * (a dangling reference, a segregation claim without rationale) is reported, not classified.
 *
 * @param name    the scenario's name, shown in comparisons
 * @param changes the changes, in the order applied
 */
public record Scenario(String name, List<Change> changes) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }

    public static Scenario of(String name, Change... changes) {
        return new Scenario(name, List.of(changes));
    }

    /** This scenario with one more change at the end. */
    public Scenario with(Change change) {
        List<Change> more = new ArrayList<>(changes);
        more.add(change);
        return new Scenario(name, more);
    }

    /**
     * The changed model.
     *
     * @throws IllegalArgumentException when a change names an unknown id or level
     * @throws InvalidInputException    when the changed model is invalid (its problems say why)
     */
    public SafetyModel applyTo(SafetyModel baseline) throws InvalidInputException {
        SafetyModel.Builder builder = baseline.toBuilder();
        changes.forEach(change -> change.applyTo(builder));
        return builder.build().orThrow();
    }

    /** The changes in words, separated by semicolons. */
    public String describe() {
        return String.join("; ", changes.stream().map(Change::describe).toList());
    }
}
