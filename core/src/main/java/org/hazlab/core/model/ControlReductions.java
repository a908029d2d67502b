package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * What a control reduces and to which level go together: a level without the factor cannot be placed on a scale
 * (an error), and a factor without a level cannot be credited by a classification (a warning).
 */
final class ControlReductions implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        for (RiskControl control : draft.controls()) {
            if (control.reduces() != null && control.reducesTo() == null) {
                problems.add(Problem.warning("reduction-without-level", control.origin().at("reduces_to"),
                                "control '" + control.id() + "' reduces " + control.reduces()
                                        + " but does not say to which level")
                        .hint("without reduces_to the control is not credited in the classification").build());
            }
            if (control.reduces() == null && control.reducesTo() != null) {
                problems.add(Problem.error("missing-value", control.origin().at("reduces"),
                                "control '" + control.id() + "' gives a level in reduces_to but not which factor")
                        .expected("reduces: severity or probability").build());
            }
        }
    }
}
