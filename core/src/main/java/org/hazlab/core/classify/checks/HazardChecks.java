package org.hazlab.core.classify.checks;

import java.util.List;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.problem.Problem;

/** A hazard without a severity or probability estimate: the classification has to assume the worst. */
final class HazardChecks implements AuditCheck {

    @Override
    public void check(AuditContext context, List<Problem> out) {
        for (Hazard hazard : context.model().hazards()) {
            if (hazard.severity() == null || hazard.probability() == null) {
                String missing = hazard.severity() == null && hazard.probability() == null ? "severity or probability"
                        : hazard.severity() == null ? "severity" : "probability";
                out.add(Problem.warning("hazard-without-estimate", hazard.origin().at(
                                hazard.severity() == null ? "severity" : "probability"),
                                "hazard '" + hazard.id() + "' has no " + missing)
                        .hint(hazard.severity() == null ? "the classification assumes the highest severity"
                                : "classification takes software failure as certain, but the risk file needs it")
                        .build());
            }
        }
    }
}
