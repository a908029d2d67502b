package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.DecisionPath;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.SoftwareItem;

/**
 * Turns an item's analysis and its place in the hierarchy into a decision path: the steps in the order a trainer
 * would explain them, and the one-line "because" naming the rule that set the final class.
 */
final class PathBuilder {

    private final HazardRule rule;

    PathBuilder(HazardRule rule) {
        this.rule = rule;
    }

    /** How the item sits under its parent; null for the system. */
    record Placement(String parentId, String parentWords, SafetyClass parentClass, SoftwareItem item) {
    }

    DecisionPath build(String id, ItemAnalysis a, Placement placement, SafetyClass finalClass) {
        List<DecisionStep> steps = new ArrayList<>(6);
        List<Reason> reasons = new ArrayList<>(4);
        flowSteps(id, a, placement, steps, reasons);
        if (a.controlledClass() != null) {
            steps.add(new DecisionStep(StepKind.RISK_CONTROL_IMPLEMENTER, a.controlled(), a.implemented(), null,
                    null, List.of(), a.controlledClass().name(), id + " implements software risk control "
                    + IdList.words(a.implemented()) + " for " + IdList.words(a.controlled())
                    + ", so it takes at least the class of the risk it controls, " + a.controlledClass() + "."));
            reasons.add(new Reason(a.controlledClass(), "it implements software risk control "
                    + IdList.words(a.implemented()) + " for a class " + a.controlledClass() + " risk"));
        }
        if (a.childMax() != null) {
            String children = placement == null ? "items" : "children";
            if (placement != null && !placement.item().classRationale().isBlank()) {
                steps.add(DecisionStep.simple(StepKind.CHILDREN_MAX_WAIVED, a.childMaxIds(), a.ownClass().name(),
                        "Its highest child, " + IdList.words(a.childMaxIds()) + ", is class " + a.childMax()
                        + ", but a class rationale keeps " + id + " at " + a.ownClass() + ": "
                        + placement.item().classRationale() + "."));
            } else {
                steps.add(DecisionStep.simple(StepKind.CHILDREN_MAX, a.childMaxIds(), a.ownClass().name(),
                        "The highest class among its " + children + " is " + a.childMax() + " ("
                        + IdList.words(a.childMaxIds()) + "), so " + id + " takes at least " + a.childMax() + "."));
                reasons.add(new Reason(a.childMax(), (a.childMaxIds().size() > 1 ? children + " " : "child ")
                        + IdList.words(a.childMaxIds()) + " " + (a.childMaxIds().size() > 1 ? "are" : "is")
                        + " class " + a.childMax()));
            }
        }
        if (placement != null) {
            placementSteps(id, a, placement, finalClass, steps, reasons);
        }
        String because = reasons.stream().filter(r -> r.safetyClass() == finalClass).findFirst()
                .map(Reason::words).orElse("the rules above");
        return new DecisionPath(steps, "class " + finalClass + " because " + because);
    }

    private void flowSteps(String id, ItemAnalysis a, Placement placement, List<DecisionStep> steps,
                           List<Reason> reasons) {
        switch (a.flow()) {
            case HAZARDS -> {
                List<String> ids = a.considered().stream().map(HazardJudgement::hazardId).toList();
                int direct = placement == null ? ids.size() : a.direct().size();
                String where = placement == null ? "The hazard log lists " + ids.size() + " hazardous situation"
                        + (ids.size() == 1 ? "" : "s") + " (" + IdList.words(ids) + ")"
                        : id + " is named in " + (direct > 0 ? (direct > 1 ? "hazards " : "hazard ")
                        + IdList.words(a.direct()) : "no hazard") + (ids.size() > direct ? (direct > 0
                        ? " and in " + (ids.size() - direct) + " more" : " directly, but in " + (ids.size() - direct))
                        + " through its children" : "");
                steps.add(new DecisionStep(StepKind.CONTRIBUTES, ids, List.of(), null, null, List.of(), "",
                        where + ", so it can contribute to a hazardous situation."));
                steps.addAll(rule.explain(a.considered(), a.decisive()));
                reasons.add(new Reason(a.flowClass(), rule.because(a.decisive())));
            }
            case DECLARED -> {
                steps.add(DecisionStep.simple(StepKind.CONTRIBUTES, List.of(), "A", id
                        + " cannot contribute to a hazardous situation (" + placement.item().noContributionRationale()
                        + "), so the decision flow gives class A."));
                reasons.add(new Reason(SafetyClass.A, "it cannot contribute to a hazardous situation: "
                        + placement.item().noContributionRationale()));
            }
            case RATIONALE_ONLY -> {
                steps.add(DecisionStep.simple(StepKind.CONTRIBUTES, List.of(), "A", "No hazard names " + id
                        + " directly, and its class rationale sets aside its children's hazards ("
                        + placement.item().classRationale() + "), so the decision flow gives class A."));
                reasons.add(new Reason(SafetyClass.A, "its class rationale sets aside its children's hazards: "
                        + placement.item().classRationale()));
            }
            case NO_HAZARDS -> {
                steps.add(DecisionStep.simple(StepKind.CONTRIBUTES, List.of(), "A",
                        "The hazard log is empty, so the decision flow alone gives class A."));
                reasons.add(new Reason(SafetyClass.A, "the hazard log is empty"));
            }
            case CONTROLS_ONLY -> {
                steps.add(DecisionStep.simple(StepKind.CONTRIBUTES, List.of(), "A", "No hazard names " + id
                        + ", but it implements software risk controls, so its class comes from the risks it controls."));
                reasons.add(new Reason(SafetyClass.A, "no hazard names it and the risks it controls are acceptable"));
            }
            case NOT_ANALYSED -> {
                steps.add(DecisionStep.simple(StepKind.NOT_ANALYSED, List.of(), "C", id
                        + " is not in the hazard log and not declared unable to contribute, so class C applies "
                        + "until a class is assigned."));
                reasons.add(new Reason(SafetyClass.C, "it has not been analysed: class C applies until a class"
                        + " is assigned"));
            }
        }
    }

    private void placementSteps(String id, ItemAnalysis a, Placement p, SafetyClass finalClass,
                                List<DecisionStep> steps, List<Reason> reasons) {
        SoftwareItem item = p.item();
        if (item.segregated() && item.hasSegregationRationale()) {
            String escaped = p.parentClass().compareTo(finalClass) > 0
                    ? " instead of inheriting " + p.parentClass() + "." : ".";
            String from = item.parent() == null ? "the other items of the software system" : p.parentWords();
            steps.add(DecisionStep.simple(StepKind.SEGREGATED, List.of(p.parentId()), finalClass.name(), id
                    + " is segregated from " + from + " (" + item.segregationRationale()
                    + "), so it keeps its own class " + finalClass + escaped));
            return;
        }
        if (item.segregated()) {
            steps.add(DecisionStep.simple(StepKind.SEGREGATION_NOT_CREDITED, List.of(p.parentId()), "", id
                    + " is marked segregated but no rationale says how, so the segregation is not credited."));
        }
        boolean raised = p.parentClass().compareTo(a.ownClass()) > 0;
        steps.add(DecisionStep.simple(StepKind.INHERITED, List.of(p.parentId()), finalClass.name(), raised
                ? id + " is not segregated from " + p.parentWords() + ", so it inherits class " + p.parentClass() + "."
                : id + " is not segregated from " + p.parentWords() + " (class " + p.parentClass()
                        + "); its own class " + a.ownClass() + " is at least that."));
        reasons.add(new Reason(p.parentClass(), "it inherits the class of " + p.parentWords() + " ("
                + (item.segregated() ? "segregation claimed without a rationale" : "not segregated") + ")"));
    }

    private record Reason(SafetyClass safetyClass, String words) {
    }
}
