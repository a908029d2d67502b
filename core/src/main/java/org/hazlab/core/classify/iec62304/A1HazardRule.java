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
 * IEC 62304:2006+A1:2015 Figure 3, steps 2 and 3, for one hazard: the probability of software failure is 1, so
 * the probability starts at the policy's highest level; credited external controls lower probability or severity
 * to their stated level; the policy's matrix decides "unacceptable"; the severity's harm category decides B or C.
 */
final class A1HazardRule implements HazardRule {

    private final Iec62304Options options;
    private final ControlCredit credit;

    A1HazardRule(Iec62304Options options) {
        this.options = options;
        this.credit = options.creditLabelling() ? ControlCredit.A1_WITH_LABELLING : ControlCredit.A1;
    }

    @Override
    public HazardJudgement judge(SafetyModel model, Hazard hazard, Set<String> ignoredControls) {
        RiskPolicy policy = model.policy();
        Level estimated = model.severityOf(hazard).orElse(null);
        Level severity = estimated == null ? policy.severity().highest() : estimated;
        Level probability = policy.probability().highest();
        ResidualRisk residual = ResidualRisk.of(model, hazard, severity, probability, credit, ignoredControls);
        severity = residual.severity();
        probability = residual.probability();
        boolean unacceptable = residual.unacceptable();
        MatrixCell cell = residual.cell();
        List<String> credited = residual.credited();
        List<HazardJudgement.ControlNote> notCredited = residual.notCredited();
        Level harmLevel = options.severityControlsLowerHarm() ? severity
                : estimated == null ? policy.severity().highest() : estimated;
        HarmCategory harm = policy.harmOf(harmLevel);
        SafetyClass hazardClass = !unacceptable ? SafetyClass.A : harm.isSeriousOrDeath() ? SafetyClass.C : SafetyClass.B;
        String rule = unacceptable
                ? harmLevel.name() + " -> " + harm.words() + " -> " + hazardClass
                : cell.words() + " -> A";
        return new HazardJudgement(hazard.id(), estimated == null ? "" : estimated.name(), severity.name(),
                estimated == null, harmLevel.name(), probability.name(), cell, harm, credited, notCredited,
                hazardClass, rule);
    }

    @Override
    public List<DecisionStep> explain(List<HazardJudgement> considered, HazardJudgement decisive) {
        List<String> ids = considered.stream().map(HazardJudgement::hazardId).toList();
        List<String> controls = controlsOf(decisive);
        String creditedWords = decisive.credited().isEmpty() ? "no external control credited"
                : "external control" + (decisive.credited().size() > 1 ? "s " : " ")
                        + String.join(", ", decisive.credited()) + " credited";
        if (decisive.hazardClass() == SafetyClass.A) {
            return List.of(new DecisionStep(StepKind.RESIDUAL_RISK, ids, controls, decisive.cell(), null, List.of(),
                    "A", "Taking software failure as certain and crediting only external controls, every risk is "
                    + "acceptable; the worst is " + decisive.hazardId() + " at " + decisive.cell().words()
                    + ", so the class is A."));
        }
        List<String> unacceptable = considered.stream().filter(j -> j.cell().unacceptable())
                .map(HazardJudgement::hazardId).toList();
        DecisionStep residual = new DecisionStep(StepKind.RESIDUAL_RISK, ids, controls, decisive.cell(), null,
                List.of(), "", "Taking software failure as certain, with " + creditedWords + ", hazard "
                + decisive.hazardId() + " stays at " + decisive.cell().words() + (unacceptable.size() > 1
                ? "; " + unacceptable.size() + " hazards in all are unacceptable." : "."));
        DecisionStep harm = new DecisionStep(StepKind.WORST_HARM, unacceptable, List.of(), null,
                decisive.severityRule(), List.of(), decisive.hazardClass().name(), "The worst possible harm is "
                + decisive.harm().words() + " (" + decisive.harmSeverity() + " in " + decisive.hazardId()
                + "), so the class is " + decisive.hazardClass() + ".");
        return List.of(residual, harm);
    }

    @Override
    public String because(HazardJudgement decisive) {
        if (decisive.hazardClass() == SafetyClass.A) {
            return "every contributing risk is acceptable after external controls (worst " + decisive.hazardId()
                    + ": " + decisive.cell().probability() + " x " + decisive.cell().severity() + " = "
                    + decisive.cell().zone() + ")";
        }
        return "hazard " + decisive.hazardId() + " can cause " + decisive.harm().words() + " ("
                + decisive.harmSeverity() + ") and stays unacceptable after external controls ("
                + decisive.cell().probability() + " x " + decisive.cell().severity() + " = " + decisive.cell().zone()
                + ")";
    }

    static List<String> controlsOf(HazardJudgement judgement) {
        List<String> all = new ArrayList<>(judgement.credited());
        judgement.notCredited().forEach(note -> all.add(note.controlId()));
        return all;
    }
}
