package org.hazlab.core.model;

import java.util.List;
import java.util.Optional;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.Scale;
import org.hazlab.core.problem.Problem;

/**
 * Replaces every severity and probability written in the data (a name, an alias, a rank) by the policy's
 * canonical level name. A value the policy does not know is an error at its cell: a level is never guessed.
 */
final class LevelResolution {

    private LevelResolution() {
    }

    static ModelDraft resolve(ModelDraft draft, List<Problem> problems) {
        Scale severity = draft.policy().severity();
        Scale probability = draft.policy().probability();
        List<Hazard> hazards = draft.hazards().stream().map(hazard -> hazard
                        .withSeverity(canonical(hazard.severity(), severity, hazard.origin().at("severity"), problems))
                        .withProbability(canonical(hazard.probability(), probability,
                                hazard.origin().at("probability"), problems)))
                .toList();
        List<RiskControl> controls = draft.controls().stream().map(control -> {
            if (control.reducesTo() == null || control.reduces() == null) {
                return control;
            }
            Scale scale = control.reduces() == RiskFactor.SEVERITY ? severity : probability;
            String level = canonical(control.reducesTo(), scale, control.origin().at("reduces_to"), problems);
            return control.withReduction(control.reduces(), level);
        }).toList();
        return new ModelDraft(draft.system(), draft.policy(), draft.items(), hazards, controls);
    }

    private static String canonical(String written, Scale scale, org.hazlab.core.problem.SourceLocation where,
                                    List<Problem> problems) {
        if (written == null) {
            return null;
        }
        Optional<Level> level = scale.find(written);
        if (level.isEmpty()) {
            problems.add(Problem.error("unknown-level", where,
                            "'" + written + "' is not a level of the policy's " + scale.name() + " scale")
                    .value(written)
                    .expected("one of " + String.join(", ", scale.names()) + " (or an alias, or a rank 1-"
                            + scale.size() + ")")
                    .hint("add the spelling as an alias in the workspace's policy.json, or correct the cell")
                    .build());
            return written;
        }
        return level.get().name();
    }
}
