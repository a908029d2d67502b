package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * Gaps that leave a model valid but weaken what can be concluded from it: a hazard that names no item or lacks
 * an estimate, a software control with no implementing item.
 */
final class CompletenessWarnings implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        for (Hazard hazard : draft.hazards()) {
            if (hazard.items().isEmpty()) {
                problems.add(Problem.warning("hazard-without-items", hazard.origin().at("items"),
                                "hazard '" + hazard.id() + "' names no software item")
                        .hint("list the items whose failure can contribute to it").build());
            }
            if (hazard.severity() == null || hazard.probability() == null) {
                String missing = hazard.severity() == null && hazard.probability() == null
                        ? "severity and probability" : hazard.severity() == null ? "severity" : "probability";
                problems.add(Problem.warning("missing-estimate", hazard.origin().at(hazard.severity() == null
                                ? "severity" : "probability"), "hazard '" + hazard.id() + "' has no " + missing)
                        .hint("the classification assumes the worst level until it is estimated").build());
            }
        }
        for (RiskControl control : draft.controls()) {
            if (control.kind() == ControlKind.SOFTWARE && control.implementedBy() == null) {
                problems.add(Problem.warning("software-control-without-item", control.origin().at("implemented_by"),
                                "software control '" + control.id() + "' does not name the item implementing it")
                        .hint("that item takes the class of the risk it controls (IEC 62304 7.2.2)").build());
            }
        }
    }
}
