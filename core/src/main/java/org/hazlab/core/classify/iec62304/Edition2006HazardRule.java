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
 * software failure taken as 100 %. A hardware risk control may lower the class one step (C to B, B to A) when it
 * reduces the risk of the harm that set the class to an acceptable level, "either by reducing the consequences of
 * the failure or by reducing the probability" of that harm: so either the residual cell is acceptable, or the
 * hardware caps the consequence below the harm band that set the class (a dose limiter capping a Catastrophic
 * outcome at Minor removes the risk of death or serious injury: C to B). One step only (docs/method.md).
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
        SafetyClass bySeverity = classOf(harm);
        ResidualRisk residual = ResidualRisk.of(model, hazard, severity, probability, ControlCredit.EDITION_2006, ignoredControls);
        severity = residual.severity();
        probability = residual.probability();
        boolean unacceptable = residual.unacceptable();
        MatrixCell cell = residual.cell();
        List<String> credited = residual.credited();
        List<HazardJudgement.ControlNote> notCredited = residual.notCredited();
        SafetyClass consequenceClass = classOf(policy.harmOf(severity));
        boolean consequenceReduced = consequenceClass.lowerThan(bySeverity);
        boolean lowered = !credited.isEmpty() && bySeverity != SafetyClass.A && (!unacceptable || consequenceReduced);
        SafetyClass hazardClass = lowered ? bySeverity.oneStepLower() : bySeverity;
        String rule = original.name() + " -> " + harm.words() + " -> " + bySeverity
                + (lowered ? ", hardware control " + (unacceptable ? "caps the consequence at " + severity.name()
                : "makes the risk acceptable") + " -> " + hazardClass : "");
        return new HazardJudgement(hazard.id(), estimated == null ? "" : estimated.name(), severity.name(),
                estimated == null, original.name(), probability.name(), cell, harm, credited, notCredited,
                hazardClass, rule, residual.contributions());
    }

    private static SafetyClass classOf(HarmCategory harm) {
        return harm.isSeriousOrDeath() ? SafetyClass.C
                : harm == HarmCategory.NON_SERIOUS_INJURY ? SafetyClass.B : SafetyClass.A;
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
                    + String.join(", ", decisive.credited()) + A1HazardRule.contributionWords(decisive)
                    + (decisive.cell().unacceptable()
                    ? " caps the consequence at " + decisive.severity() + ", below the harm that set class "
                    + bySeverity + " (the cell " + decisive.cell().words() + " is a risk of lesser harm)"
                    : " brings the risk to " + decisive.cell().words())
                    + ", so the class drops one step to " + decisive.hazardClass() + "."));
        } else if (bySeverity != SafetyClass.A) {
            steps.add(new DecisionStep(StepKind.HARDWARE_CONTROL, List.of(decisive.hazardId()),
                    A1HazardRule.controlsOf(decisive), decisive.cell(), null, List.of(), bySeverity.name(),
                    "No hardware control brings the risk of " + decisive.hazardId() + " to an acceptable level or caps"
                    + " its consequence below " + decisive.harmSeverity() + "'s harm band (" + decisive.cell().words()
                    + "), so the class stays " + bySeverity + "."));
        }
        return steps;
    }

    @Override
    public String because(HazardJudgement decisive) {
        SafetyClass bySeverity = bySeverity(decisive);
        return "hazard " + decisive.hazardId() + " has severity " + decisive.harmSeverity() + " ("
                + decisive.harm().words() + ")" + (decisive.hazardClass() != bySeverity
                ? ", lowered one step by hardware control " + String.join(", ", decisive.credited())
                + (decisive.cell().unacceptable() ? " capping the consequence at " + decisive.severity() : "")
                : "");
    }

    private static SafetyClass bySeverity(HazardJudgement judgement) {
        return judgement.harm().isSeriousOrDeath() ? SafetyClass.C
                : judgement.harm() == HarmCategory.NON_SERIOUS_INJURY ? SafetyClass.B : SafetyClass.A;
    }
}
