package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * What a control reduces and by how much go together: a level or a number of levels without the factor cannot be
 * placed on a scale (an error), both a level and a number of levels make the effect ambiguous (an error), and a
 * factor without either cannot be credited by a classification (a warning).
 */
final class ControlReductions implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        for (RiskControl control : draft.controls()) {
            if (control.reducesBy() < 0) {
                problems.add(Problem.error("bad-value", control.origin().at("reduces_by"), "control '" + control.id()
                                + "' lowers by a negative number of levels")
                        .value(String.valueOf(control.reducesBy())).expected("a whole number of levels, 1 or more")
                        .build());
            }
            boolean amount = control.reducesTo() != null || control.reducesBy() > 0;
            if (control.reduces() != null && !amount) {
                problems.add(Problem.warning("reduction-without-level", control.origin().at("reduces_to"),
                                "control '" + control.id() + "' reduces " + control.reduces()
                                        + " but does not say to which level or by how many levels")
                        .hint("without reduces_to or reduces_by the control is not credited in the classification")
                        .build());
            }
            if (control.reduces() == null && amount) {
                problems.add(Problem.error("missing-value", control.origin().at("reduces"), "control '" + control.id()
                                + "' gives " + (control.reducesTo() != null ? "a level in reduces_to"
                                : "a number of levels in reduces_by") + " but not which factor")
                        .expected("reduces: severity or probability").build());
            }
            if (control.reducesTo() != null && control.reducesBy() > 0) {
                problems.add(Problem.error("ambiguous-reduction", control.origin().at("reduces_by"),
                                "control '" + control.id() + "' gives both reduces_to (" + control.reducesTo()
                                        + ") and reduces_by (" + control.reducesBy() + ")")
                        .value(String.valueOf(control.reducesBy()))
                        .expected("either a level in reduces_to or a number of levels in reduces_by")
                        .hint("reduces_to states the residual level, reduces_by the levels this control lowers by; "
                                + "keep the one your risk file states").build());
            }
        }
    }
}
