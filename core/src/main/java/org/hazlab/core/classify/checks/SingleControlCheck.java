package org.hazlab.core.classify.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * An item whose class rests on a single external control: removing that one control (and nothing else) would
 * raise the item's class. Auditors ask for such controls to be verified with particular care, since the whole
 * classification hangs on them.
 */
final class SingleControlCheck implements AuditCheck {

    @Override
    public void check(AuditContext context, List<Problem> out) {
        Map<String, HazardJudgement> judged = new HashMap<>();
        context.result().hazards().forEach(j -> judged.put(j.hazardId(), j));
        Map<String, SafetyClass> without = new HashMap<>();
        for (ItemClassification row : context.result().rows()) {
            SafetyClass current = row.safetyClass().orElse(null);
            List<String> considered = row.path().first(StepKind.CONTRIBUTES).map(DecisionStep::hazards)
                    .orElse(List.of());
            if (current == null || current == SafetyClass.C || considered.isEmpty()) {
                continue;
            }
            Set<String> credited = new LinkedHashSet<>();
            considered.forEach(id -> credited.addAll(judged.get(id).credited()));
            for (String control : credited) {
                List<String> raising = new ArrayList<>();
                SafetyClass worst = current;
                for (String hazardId : considered) {
                    if (!judged.get(hazardId).credited().contains(control)) {
                        continue;
                    }
                    SafetyClass c = without.computeIfAbsent(hazardId + "\u0000" + control, k -> {
                        Hazard hazard = context.model().hazard(hazardId).orElseThrow();
                        return context.scheme().judge(context.model(), hazard, Set.of(control)).hazardClass();
                    });
                    if (c.compareTo(current) > 0) {
                        raising.add(hazardId);
                        worst = SafetyClass.max(worst, c);
                    }
                }
                if (!raising.isEmpty()) {
                    out.add(problem(context, row, control, current, worst, raising));
                }
            }
        }
    }

    private static Problem problem(AuditContext context, ItemClassification row, String control, SafetyClass current,
                                   SafetyClass worst, List<String> hazards) {
        List<SourceLocation> related = new ArrayList<>();
        context.model().control(control).ifPresent(c -> related.add(c.origin().row()));
        hazards.forEach(h -> context.model().hazard(h).ifPresent(hz -> related.add(hz.origin().row())));
        SourceLocation where = row.system() ? SourceLocation.ofFile("")
                : context.model().item(row.id()).map(i -> i.origin().row()).orElse(SourceLocation.ofFile(""));
        return Problem.warning("class-rests-on-one-control", where, (row.system() ? "the system's" : "item '"
                        + row.id() + "'") + " class " + current + " rests on the single external control '" + control
                        + "': without it, hazard " + String.join(", ", hazards) + " would make it class " + worst)
                .value(control).related(related)
                .hint("verify that control's effectiveness with particular care, or add an independent one").build();
    }
}
