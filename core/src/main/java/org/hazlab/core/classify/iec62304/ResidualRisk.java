package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.ControlContribution;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.MatrixCell;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.policy.Scale;

/**
 * The risk of one hazard left after the controls an edition credits, and the policy's judgement of the cell.
 * Several credited controls combine by one rule (docs/method.md, "Several controls"), for each factor
 * separately, starting from the worst case: first every {@code reduces_to} control lowers the factor to its
 * level when that is lower (so the lowest stated level counts, whatever the order), then every {@code reduces_by}
 * control lowers it by its number of levels in turn, never below the scale's lowest level. Each step is kept as a
 * {@link ControlContribution}. Both editions' hazard rules start from here.
 *
 * @param severity      severity after credited controls
 * @param probability   probability after credited controls
 * @param credited      ids of the controls credited
 * @param notCredited   the other controls, each with the reason it was not credited
 * @param cell          the matrix cell of the residual risk
 * @param contributions each credited control's step, in the order applied
 */
record ResidualRisk(Level severity, Level probability, List<String> credited,
                    List<HazardJudgement.ControlNote> notCredited, MatrixCell cell,
                    List<ControlContribution> contributions) {

    static ResidualRisk of(SafetyModel model, Hazard hazard, Level severity, Level probability, ControlCredit credit,
                           Set<String> ignoredControls) {
        RiskPolicy policy = model.policy();
        List<String> credited = new ArrayList<>(2);
        List<HazardJudgement.ControlNote> notCredited = new ArrayList<>(2);
        List<RiskControl> absolute = new ArrayList<>(2);
        List<RiskControl> relative = new ArrayList<>(2);
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
            (control.reducesTo() != null ? absolute : relative).add(control);
        }
        List<ControlContribution> contributions = new ArrayList<>(credited.size());
        Level[] levels = {severity, probability};
        for (List<RiskControl> phase : List.of(absolute, relative)) {
            for (RiskControl control : phase) {
                int f = control.reduces() == RiskFactor.SEVERITY ? 0 : 1;
                Scale scale = f == 0 ? policy.severity() : policy.probability();
                Level from = levels[f];
                Level to = control.reducesTo() != null
                        ? lower(from, scale.level(control.reducesTo()))
                        : scale.levels().get(Math.max(1, from.rank() - control.reducesBy()) - 1);
                levels[f] = to;
                contributions.add(new ControlContribution(control.id(), control.reduces().key(),
                        control.effectWords(), from.name(), to.name()));
            }
        }
        severity = levels[0];
        probability = levels[1];
        boolean unacceptable = policy.matrix().isUnacceptable(probability, severity);
        MatrixCell cell = new MatrixCell(probability.name(), severity.name(),
                policy.matrix().zone(probability, severity), unacceptable);
        return new ResidualRisk(severity, probability, credited, notCredited, cell, contributions);
    }

    private static Level lower(Level current, Level stated) {
        return stated.rank() < current.rank() ? stated : current;
    }

    boolean unacceptable() {
        return cell.unacceptable();
    }
}
