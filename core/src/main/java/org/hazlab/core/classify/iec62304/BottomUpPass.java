package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;

/**
 * The bottom-up half of the decomposition rules: for each item, children first, the hazards it contributes to
 * (directly or through a child), the decision-flow class, the class of the risks it controls (7.2.2 b) and the
 * highest class of its children (4.3, "a group takes its highest class"). Inheritance runs afterwards, top down.
 */
final class BottomUpPass {

    private final SafetyModel model;
    private final Map<String, HazardJudgement> judged;
    private final List<String> zones;
    private final Map<String, Integer> severityRank = new HashMap<>();
    private final Map<String, Integer> probabilityRank = new HashMap<>();
    private final Map<String, List<RiskControl>> controlsByImplementer = new HashMap<>();
    private final Map<String, List<String>> hazardsByControl = new HashMap<>();
    private final Map<String, Set<String>> subtreeHazards = new HashMap<>();
    private final Map<String, ItemAnalysis> analyses = new HashMap<>();

    BottomUpPass(SafetyModel model, Map<String, HazardJudgement> judged) {
        this.model = model;
        this.judged = judged;
        this.zones = model.policy().matrix().zones();
        model.policy().severity().levels().forEach(l -> severityRank.put(l.name(), l.rank()));
        model.policy().probability().levels().forEach(l -> probabilityRank.put(l.name(), l.rank()));
        for (RiskControl control : model.controls()) {
            if (control.implementedBy() != null) {
                controlsByImplementer.computeIfAbsent(control.implementedBy(), k -> new ArrayList<>()).add(control);
                hazardsByControl.put(control.id(), new ArrayList<>());
            }
        }
        if (!hazardsByControl.isEmpty()) {
            for (Hazard hazard : model.hazards()) {
                for (String control : hazard.controls()) {
                    List<String> list = hazardsByControl.get(control);
                    if (list != null) {
                        list.add(hazard.id());
                    }
                }
            }
        }
    }

    /** Analyses every item; {@code preorder} lists parents before children. */
    Map<String, ItemAnalysis> run(List<SoftwareItem> preorder) {
        for (int i = preorder.size() - 1; i >= 0; i--) {
            analyse(preorder.get(i));
        }
        return analyses;
    }

    private void analyse(SoftwareItem item) {
        List<SoftwareItem> children = model.children(item.id());
        List<String> direct = model.hazardsNaming(item.id()).stream().map(Hazard::id).toList();
        Set<String> subtree = new LinkedHashSet<>(direct);
        children.forEach(child -> subtree.addAll(subtreeHazards.get(child.id())));
        subtreeHazards.put(item.id(), subtree);
        boolean waived = !item.classRationale().isBlank();
        Collection<String> consideredIds = waived ? direct : subtree;
        List<HazardJudgement> considered = consideredIds.stream().map(judged::get).toList();
        HazardJudgement decisive = worst(considered);
        ItemAnalysis.Flow flow;
        SafetyClass flowClass;
        if (!considered.isEmpty()) {
            flow = ItemAnalysis.Flow.HAZARDS;
            flowClass = decisive.hazardClass();
        } else if (item.declaredNonContributing()) {
            flow = ItemAnalysis.Flow.DECLARED;
            flowClass = SafetyClass.A;
        } else if (waived && !subtree.isEmpty()) {
            flow = ItemAnalysis.Flow.RATIONALE_ONLY;
            flowClass = SafetyClass.A;
        } else if (implementsControls(item.id())) {
            flow = ItemAnalysis.Flow.CONTROLS_ONLY;
            flowClass = SafetyClass.A;
        } else {
            flow = ItemAnalysis.Flow.NOT_ANALYSED;
            flowClass = SafetyClass.C;
        }
        List<String> implemented = new ArrayList<>();
        List<String> controlled = new ArrayList<>();
        SafetyClass controlledClass = null;
        for (RiskControl control : controlsByImplementer.getOrDefault(item.id(), List.of())) {
            implemented.add(control.id());
            for (String hazardId : hazardsByControl.get(control.id())) {
                controlled.add(hazardId);
                SafetyClass risk = judged.get(hazardId).hazardClass();
                controlledClass = controlledClass == null ? risk : SafetyClass.max(controlledClass, risk);
            }
        }
        SafetyClass childMax = null;
        List<String> childMaxIds = new ArrayList<>();
        for (SoftwareItem child : children) {
            SafetyClass childClass = analyses.get(child.id()).ownClass();
            if (childMax == null || childClass.compareTo(childMax) > 0) {
                childMax = childClass;
                childMaxIds.clear();
            }
            if (childClass == childMax) {
                childMaxIds.add(child.id());
            }
        }
        SafetyClass own = flowClass;
        if (controlledClass != null) {
            own = SafetyClass.max(own, controlledClass);
        }
        if (childMax != null && !waived) {
            own = SafetyClass.max(own, childMax);
        }
        analyses.put(item.id(), new ItemAnalysis(flow, considered, direct, decisive, flowClass, implemented,
                controlled, controlledClass, childMax, childMaxIds, own));
    }

    /** True when the item implements a software risk control that at least one hazard uses. */
    private boolean implementsControls(String itemId) {
        return controlsByImplementer.getOrDefault(itemId, List.of()).stream()
                .anyMatch(control -> !hazardsByControl.get(control.id()).isEmpty());
    }

    /** The system: every hazard of the log, and the highest class of the top-level items. */
    ItemAnalysis system(List<SoftwareItem> topLevel, List<HazardJudgement> all) {
        HazardJudgement decisive = worst(all);
        ItemAnalysis.Flow flow = !all.isEmpty() ? ItemAnalysis.Flow.HAZARDS
                : topLevel.isEmpty() ? ItemAnalysis.Flow.NOT_ANALYSED : ItemAnalysis.Flow.NO_HAZARDS;
        SafetyClass flowClass = decisive != null ? decisive.hazardClass()
                : flow == ItemAnalysis.Flow.NOT_ANALYSED ? SafetyClass.C : SafetyClass.A;
        SafetyClass childMax = null;
        List<String> childMaxIds = new ArrayList<>();
        for (SoftwareItem item : topLevel) {
            SafetyClass c = analyses.get(item.id()).ownClass();
            if (childMax == null || c.compareTo(childMax) > 0) {
                childMax = c;
                childMaxIds.clear();
            }
            if (c == childMax) {
                childMaxIds.add(item.id());
            }
        }
        SafetyClass own = childMax == null ? flowClass : SafetyClass.max(flowClass, childMax);
        return new ItemAnalysis(flow, all, List.of(), decisive, flowClass, List.of(), List.of(), null, childMax,
                childMaxIds, own);
    }

    /** Highest class first, then the least acceptable zone, the highest severity and probability, the first in the log. */
    private HazardJudgement worst(List<HazardJudgement> judgements) {
        HazardJudgement worst = null;
        for (HazardJudgement j : judgements) {
            if (worst == null || compare(j, worst) > 0) {
                worst = j;
            }
        }
        return worst;
    }

    private int compare(HazardJudgement a, HazardJudgement b) {
        int c = a.hazardClass().compareTo(b.hazardClass());
        if (c == 0) {
            c = Integer.compare(zones.indexOf(a.cell().zone()), zones.indexOf(b.cell().zone()));
        }
        if (c == 0) {
            c = Integer.compare(severityRank.get(a.cell().severity()), severityRank.get(b.cell().severity()));
        }
        if (c == 0) {
            c = Integer.compare(probabilityRank.get(a.cell().probability()),
                    probabilityRank.get(b.cell().probability()));
        }
        return c;
    }
}
