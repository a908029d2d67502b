package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.MatrixCell;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;

/**
 * IEC 62304:2006 (first edition, 4.3 a): the class follows from the severity alone, with the probability of
 * software failure taken as 100 %; only a hardware risk control that brings the risk to an acceptable level may
 * lower the class, and by one step only (C to B, B to A).
 */
final class Edition2006HazardRule implements HazardRule {

    @Override
    public HazardJudgement judge(SafetyModel model, Hazard hazard, Set<String> ignoredControls) {
        RiskPolicy policy = model.policy();
        Level estimated = model.severityOf(hazard).orElse(null);
        Level original = estimated == null ? policy.severity().highest() : estimated;
        Level severity = original;
        Level probability = policy.probability().highest();
        HarmCategory harm = policy.harmOf(original);
        SafetyClass bySeverity = harm.isSeriousOrDeath() ? SafetyClass.C
                : harm == HarmCategory.NON_SERIOUS_INJURY ? SafetyClass.B : SafetyClass.A;
        ResidualRisk residual = ResidualRisk.of(model, hazard, severity, probability, ControlCredit.EDITION_2006, ignoredControls);
        severity = residual.severity();
        probability = residual.probability();
        boolean unacceptable = residual.unacceptable();
        MatrixCell cell = residual.cell();
        List<String> credited = residual.credited();
        List<HazardJudgement.ControlNote> notCredited = residual.notCredited();
        boolean lowered = !credited.isEmpty() && !unacceptable && bySeverity != SafetyClass.A;
        SafetyClass hazardClass = lowered ? bySeverity.oneStepLower() : bySeverity;
        String rule = original.name() + " -> " + harm.words() + " -> " + bySeverity
                + (lowered ? ", hardware control -> " + hazardClass : "");
        return new HazardJudgement(hazard.id(), estimated == null ? "" : estimated.name(), severity.name(),
                estimated == null, original.name(), probability.name(), cell, harm, credited, notCredited,
                hazardClass, rule);
    }

    @Override
    public List<DecisionStep> explain(List<HazardJudgement> considered, HazardJudgement decisive) {
        List<String> ids = considered.stream().map(HazardJudgement::hazardId).toList();
        SafetyClass bySeverity = bySeverity(decisive);
        List<DecisionStep> steps = new ArrayList<>(2);
        steps.add(new DecisionStep(StepKind.SEVERITY_ONLY, ids, List.of(), null, decisive.severityRule(), List.of(),
                bySeverity.name(), "With software failure taken as 100 % likely, the worst severity is "
                + decisive.harmSeverity() + " (" + decisive.harm().words() + ") in " + decisive.hazardId()
                + ", which gives class " + bySeverity + "."));
        if (decisive.hazardClass() != bySeverity) {
            steps.add(new DecisionStep(StepKind.HARDWARE_CONTROL, List.of(decisive.hazardId()), decisive.credited(),
                    decisive.cell(), null, List.of(), decisive.hazardClass().name(), "Hardware control "
                    + String.join(", ", decisive.credited()) + " brings the risk to " + decisive.cell().words()
                    + ", so the class drops one step to " + decisive.hazardClass() + "."));
        } else if (bySeverity != SafetyClass.A) {
            steps.add(new DecisionStep(StepKind.HARDWARE_CONTROL, List.of(decisive.hazardId()),
                    A1HazardRule.controlsOf(decisive), decisive.cell(), null, List.of(), bySeverity.name(),
                    "No hardware control brings the risk of " + decisive.hazardId() + " to an acceptable level ("
                    + decisive.cell().words() + "), so the class stays " + bySeverity + "."));
        }
        return steps;
    }

    @Override
    public String because(HazardJudgement decisive) {
        SafetyClass bySeverity = bySeverity(decisive);
        return "hazard " + decisive.hazardId() + " has severity " + decisive.harmSeverity() + " ("
                + decisive.harm().words() + ")" + (decisive.hazardClass() != bySeverity
                ? ", lowered one step by hardware control " + String.join(", ", decisive.credited()) : "");
    }

    private static SafetyClass bySeverity(HazardJudgement judgement) {
        return judgement.harm().isSeriousOrDeath() ? SafetyClass.C
                : judgement.harm() == HarmCategory.NON_SERIOUS_INJURY ? SafetyClass.B : SafetyClass.A;
    }
}
