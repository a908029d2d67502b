package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionPath;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.ItemTree;
import org.hazlab.core.classify.Outcome;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.problem.Problem;

/**
 * Runs an IEC 62304 edition over a whole model: judges each hazard once, analyses items bottom up, then applies
 * inheritance and segregation top down (IEC 62304 4.3 d-e, 5.3.5, 7.2.2 b) and assembles the decision paths.
 * Cost is linear in items + hazards + controls, with subtree hazard sets per item.
 */
final class DecompositionEngine {

    private final HazardRule rule;
    private final PathBuilder paths;

    DecompositionEngine(HazardRule rule) {
        this.rule = rule;
        this.paths = new PathBuilder(rule);
    }

    HazardRule rule() {
        return rule;
    }

    /**
     * The final class of the system (under its id) and of every item, without decision paths: the same rules as
     * {@link #classify}, for the contested-item check, where paths are needed only for the rows that differ.
     */
    Map<String, SafetyClass> classes(SafetyModel model) {
        List<HazardJudgement> judgements = new ArrayList<>(model.hazards().size());
        Map<String, HazardJudgement> judged = new HashMap<>(model.hazards().size() * 2);
        for (Hazard hazard : model.hazards()) {
            HazardJudgement j = rule.judge(model, hazard, Set.of());
            judgements.add(j);
            judged.put(hazard.id(), j);
        }
        List<ItemTree.Node> nodes = ItemTree.preorder(model);
        BottomUpPass pass = new BottomUpPass(model, judged);
        Map<String, ItemAnalysis> analyses = pass.run(nodes.stream().map(ItemTree.Node::item).toList());
        SafetyClass systemClass = pass.system(model.topLevelItems(), judgements).ownClass();
        Map<String, SafetyClass> effective = new HashMap<>(model.items().size() * 2 + 2);
        for (ItemTree.Node node : nodes) {
            SoftwareItem item = node.item();
            SafetyClass own = analyses.get(item.id()).ownClass();
            SafetyClass parentClass = item.parent() == null ? systemClass : effective.get(item.parent());
            boolean segregated = item.segregated() && item.hasSegregationRationale();
            effective.put(item.id(), segregated ? own : SafetyClass.max(own, parentClass));
        }
        effective.put(model.system().id(), systemClass);
        return effective;
    }

    ClassificationResult classify(SafetyModel model, String schemeId, String schemeName) {
        List<Problem> warnings = new ArrayList<>();
        List<HazardJudgement> judgements = new ArrayList<>(model.hazards().size());
        Map<String, HazardJudgement> judged = new HashMap<>(model.hazards().size() * 2);
        for (Hazard hazard : model.hazards()) {
            HazardJudgement j = rule.judge(model, hazard, Set.of());
            judgements.add(j);
            judged.put(hazard.id(), j);
            if (j.severityAssumed()) {
                warnings.add(Problem.warning("severity-assumed", hazard.origin().at("severity"), "hazard '"
                        + hazard.id() + "' has no severity; the highest level, " + j.severity()
                        + ", is assumed for classification").hint("estimate its severity").build());
            }
        }
        List<ItemTree.Node> nodes = ItemTree.preorder(model);
        List<SoftwareItem> preorder = nodes.stream().map(ItemTree.Node::item).toList();
        BottomUpPass pass = new BottomUpPass(model, judged);
        Map<String, ItemAnalysis> analyses = pass.run(preorder);
        ItemAnalysis systemAnalysis = pass.system(model.topLevelItems(), judgements);
        String systemId = model.system().id();
        SafetyClass systemClass = systemAnalysis.ownClass();
        ItemClassification systemRow = new ItemClassification(systemId, model.system().name(), "", 0, true,
                Outcome.of(systemClass), paths.build(systemId, systemAnalysis, null, systemClass));
        Map<String, SafetyClass> effective = new HashMap<>(model.items().size() * 2);
        List<ItemClassification> rows = new ArrayList<>(preorder.size());
        for (ItemTree.Node node : nodes) {
            SoftwareItem item = node.item();
            ItemAnalysis a = analyses.get(item.id());
            String parentId = item.parent() == null ? systemId : item.parent();
            SafetyClass parentClass = item.parent() == null ? systemClass : effective.get(item.parent());
            String parentWords = item.parent() == null ? "the software system" : item.parent();
            boolean segregated = item.segregated() && item.hasSegregationRationale();
            SafetyClass finalClass = segregated ? a.ownClass() : SafetyClass.max(a.ownClass(), parentClass);
            effective.put(item.id(), finalClass);
            DecisionPath path = paths.build(item.id(), a,
                    new PathBuilder.Placement(parentId, parentWords, parentClass, item), finalClass);
            rows.add(new ItemClassification(item.id(), item.name(), parentId, node.depth(), false,
                    Outcome.of(finalClass), path));
            warn(item, a, warnings);
        }
        return new ClassificationResult(schemeId, schemeName, systemRow, rows, judgements, warnings);
    }

    private static void warn(SoftwareItem item, ItemAnalysis a, List<Problem> warnings) {
        if (a.flow() == ItemAnalysis.Flow.NOT_ANALYSED) {
            warnings.add(Problem.warning("not-analysed", item.origin().row(), "item '" + item.id()
                            + "' is neither in the hazard log nor declared unable to contribute: class C applies"
                            + " until a class is assigned")
                    .hint("name it in the hazards it can contribute to, or give a no-contribution rationale").build());
        }
        if (item.segregated() && !item.hasSegregationRationale()) {
            warnings.add(Problem.warning("segregation-not-credited", item.origin().at("segregated"), "item '"
                    + item.id() + "' claims segregation without a rationale; it inherits its parent's class").build());
        }
    }
}
