package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.MatrixCell;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;

/**
 * The risk of one hazard left after the controls an edition credits: each credited control lowers severity or
 * probability to its stated level (never raises it), and the policy's matrix judges the resulting cell. Both
 * editions' hazard rules start from here and differ only in what they make of the result.
 *
 * @param severity    severity after credited controls
 * @param probability probability after credited controls
 * @param credited    ids of the controls credited
 * @param notCredited the other controls, each with the reason it was not credited
 * @param cell        the matrix cell of the residual risk
 */
record ResidualRisk(Level severity, Level probability, List<String> credited,
                    List<HazardJudgement.ControlNote> notCredited, MatrixCell cell) {

    static ResidualRisk of(SafetyModel model, Hazard hazard, Level severity, Level probability, ControlCredit credit,
                           Set<String> ignoredControls) {
        RiskPolicy policy = model.policy();
        List<String> credited = new ArrayList<>(2);
        List<HazardJudgement.ControlNote> notCredited = new ArrayList<>(2);
        for (RiskControl control : model.controlsOf(hazard)) {
            if (ignoredControls.contains(control.id())) {
                continue;
            }
            var reason = credit.reasonNotCredited(control);
            if (reason.isPresent()) {
                notCredited.add(new HazardJudgement.ControlNote(control.id(), reason.get()));
                continue;
            }
            credited.add(control.id());
            if (control.reduces() == RiskFactor.SEVERITY) {
                Level to = policy.severity().level(control.reducesTo());
                severity = to.rank() < severity.rank() ? to : severity;
            } else {
                Level to = policy.probability().level(control.reducesTo());
                probability = to.rank() < probability.rank() ? to : probability;
            }
        }
        boolean unacceptable = policy.matrix().isUnacceptable(probability, severity);
        MatrixCell cell = new MatrixCell(probability.name(), severity.name(),
                policy.matrix().zone(probability, severity), unacceptable);
        return new ResidualRisk(severity, probability, credited, notCredited, cell);
    }

    boolean unacceptable() {
        return cell.unacceptable();
    }
}
