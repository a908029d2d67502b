package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hazlab.core.classify.ControlContribution;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;

/**
 * IEC 62304:2006+A1:2015 Figure 3, steps 2 and 3, for one hazard: the probability of software failure is 1, so
 * the probability starts at the policy's highest level; credited external controls lower probability or severity
 * (combined as {@link ResidualRisk} says); the policy's matrix decides "unacceptable"; the harm category of "the
 * resulting possible harm" decides B or C. By default that harm is the severity after the external controls that
 * lower it (A1 4.3); the policy's option {@code harm: before-controls} asks it of the severity as estimated (the
 * conservative reading). The words name which severity they judge, so a reason never contradicts its cell.
 */
final class A1HazardRule implements HazardRule {

    @Override
    public HazardJudgement judge(SafetyModel model, Hazard hazard, Set<String> ignoredControls) {
        RiskPolicy policy = model.policy();
        ClassificationOptions options = policy.classification();
        Level estimated = model.severityOf(hazard).orElse(null);
        Level original = estimated == null ? policy.severity().highest() : estimated;
        ResidualRisk residual = ResidualRisk.of(model, hazard, original, policy.probability().highest(),
                ControlCredit.a1(options), ignoredControls);
        boolean after = options.harm() == ClassificationOptions.HarmReading.AFTER_CONTROLS;
        Level harmLevel = after ? residual.severity() : original;
        HarmCategory harm = policy.harmOf(harmLevel);
        boolean unacceptable = residual.unacceptable();
        SafetyClass hazardClass = !unacceptable ? SafetyClass.A : harm.isSeriousOrDeath() ? SafetyClass.C : SafetyClass.B;
        boolean lowered = residual.severity().rank() < original.rank();
        String qualifier = !lowered ? "" : after ? " (after external controls)" : " (before controls, conservative)";
        String rule = unacceptable
                ? harmLevel.name() + qualifier + " -> " + harm.words() + " -> " + hazardClass
                : residual.cell().words() + " -> A";
        return new HazardJudgement(hazard.id(), estimated == null ? "" : estimated.name(), residual.severity().name(),
                estimated == null, harmLevel.name(), residual.probability().name(), residual.cell(), harm,
                residual.credited(), residual.notCredited(), hazardClass, rule, residual.contributions());
    }

    @Override
    public List<DecisionStep> explain(List<HazardJudgement> considered, HazardJudgement decisive) {
        List<String> ids = considered.stream().map(HazardJudgement::hazardId).toList();
        List<String> controls = controlsOf(decisive);
        String creditedWords = creditedWords(decisive);
        if (decisive.hazardClass() == SafetyClass.A) {
            return List.of(new DecisionStep(StepKind.RESIDUAL_RISK, ids, controls, decisive.cell(), null, List.of(),
                    "A", "Taking software failure as certain and crediting only external controls, every risk is "
                    + "acceptable; the worst is " + decisive.hazardId() + " at " + decisive.cell().words()
                    + contributionWords(decisive) + ", so the class is A."));
        }
        List<String> unacceptable = considered.stream().filter(j -> j.cell().unacceptable())
                .map(HazardJudgement::hazardId).toList();
        DecisionStep residual = new DecisionStep(StepKind.RESIDUAL_RISK, ids, controls, decisive.cell(), null,
                List.of(), "", "Taking software failure as certain, with " + creditedWords
                + contributionWords(decisive) + ", hazard " + decisive.hazardId() + " stays at "
                + decisive.cell().words() + (unacceptable.size() > 1
                ? "; " + unacceptable.size() + " hazards in all are unacceptable." : "."));
        Optional<String> before = severityBeforeControls(decisive);
        String harmWords;
        if (before.isEmpty()) {
            harmWords = "The worst possible harm is " + decisive.harm().words() + " (" + decisive.harmSeverity()
                    + " in " + decisive.hazardId() + ")";
        } else if (decisive.harmSeverity().equals(decisive.severity())) {
            harmWords = "The resulting possible harm, after external controls lowered the severity of "
                    + decisive.hazardId() + " from " + before.get() + " to " + decisive.severity() + ", is "
                    + decisive.harm().words() + " (" + decisive.harmSeverity() + ")";
        } else {
            harmWords = "Judged before controls (the conservative reading), the harm of " + decisive.hazardId()
                    + " is " + decisive.harm().words() + " (" + decisive.harmSeverity() + "; "
                    + decisive.severity() + " after external controls)";
        }
        DecisionStep harm = new DecisionStep(StepKind.WORST_HARM, unacceptable, List.of(), null,
                decisive.severityRule(), List.of(), decisive.hazardClass().name(), harmWords
                + ", so the class is " + decisive.hazardClass() + ".");
        return List.of(residual, harm);
    }

    @Override
    public String because(HazardJudgement decisive) {
        String cell = decisive.cell().probability() + " x " + decisive.cell().severity() + " = "
                + decisive.cell().zone();
        if (decisive.hazardClass() == SafetyClass.A) {
            return "every contributing risk is acceptable after external controls (worst " + decisive.hazardId()
                    + ": " + cell + ")";
        }
        Optional<String> before = severityBeforeControls(decisive);
        if (before.isPresent() && !decisive.harmSeverity().equals(decisive.severity())) {
            return "hazard " + decisive.hazardId() + " stays unacceptable after external controls (" + cell
                    + ") and, judged before controls (conservative reading), can cause " + decisive.harm().words()
                    + " (" + decisive.harmSeverity() + ")";
        }
        return "hazard " + decisive.hazardId() + " can cause " + decisive.harm().words() + " ("
                + decisive.harmSeverity() + (before.isPresent() ? ", after external controls" : "")
                + ") and stays unacceptable after external controls (" + cell + ")";
    }

    /** The severity before the first external control that lowered it, when one did. */
    static Optional<String> severityBeforeControls(HazardJudgement judgement) {
        return judgement.contributions().stream()
                .filter(c -> c.factor().equals("severity") && c.lowered())
                .map(ControlContribution::from).findFirst();
    }

    static String creditedWords(HazardJudgement judgement) {
        return judgement.credited().isEmpty() ? "no external control credited"
                : "external control" + (judgement.credited().size() > 1 ? "s " : " ")
                        + String.join(", ", judgement.credited()) + " credited";
    }

    /** " (RC1 (probability to Remote): probability Frequent -> Remote; ...)" or "" without credited controls. */
    static String contributionWords(HazardJudgement judgement) {
        if (judgement.contributions().isEmpty()) {
            return "";
        }
        return " (" + String.join("; ", judgement.contributions().stream().map(ControlContribution::words).toList())
                + ")";
    }

    static List<String> controlsOf(HazardJudgement judgement) {
        List<String> all = new ArrayList<>(judgement.credited());
        judgement.notCredited().forEach(note -> all.add(note.controlId()));
        return all;
    }
}
