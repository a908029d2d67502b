package org.hazlab.core.model;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * Runs every model rule and collects their problems. Level names are resolved first (aliases such as "S4" become
 * the policy's canonical names), so the structural rules and every later stage see canonical levels only.
 */
public final class ModelValidation {

    /** The draft with levels resolved, and every problem found. */
    public record Outcome(ModelDraft draft, List<Problem> problems) {
    }

    private static final List<ModelRule> RULES = List.of(
            new DuplicateIds(),
            new DanglingReferences(),
            new HierarchyCycles(),
            new SegregationRationale(),
            new ControlReductions(),
            new CompletenessWarnings());

    private ModelValidation() {
    }

    public static Outcome validate(ModelDraft draft) {
        List<Problem> problems = new ArrayList<>();
        ModelDraft resolved = LevelResolution.resolve(draft, problems);
        RULES.forEach(rule -> rule.check(resolved, problems));
        return new Outcome(resolved, problems);
    }
}
