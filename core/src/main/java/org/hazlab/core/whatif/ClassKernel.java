package org.hazlab.core.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hazlab.core.classify.ItemTree;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.iec62304.ControlCredit;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;

/**
 * The IEC 62304 A1 classes (under the policy's options, and either harm reading) of one model's structure, as int arrays, for sweeps and sensitivity
 * analyses that classify thousands of variants: a variant changes only controls' presence or externality, hazard
 * severities and probabilities, and segregation claims, so the hierarchy, the hazard sets per item and the policy
 * are computed once. It applies exactly the rules of {@code Iec62304Scheme} (docs/method.md) without building
 * decision paths; tests check that it agrees with the engine on every variant the analyses try. Structural
 * changes (items, hazards, policy) go through the full engine instead.
 */
public final class ClassKernel {

    private final SafetyModel model;
    private final String[] itemIds;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final Map<String, Integer> hazardIndex = new HashMap<>();
    private final Map<String, Integer> controlIndex = new HashMap<>();
    private final int[] parent;
    private final int[][] children;
    private final int[] topLevel;
    private final boolean[] waived;
    private final boolean[] declared;
    private final int[][] direct;
    private final int[][] subtree;
    private final int[][] implemented;
    private final int[][] hazardsUsing;
    private final int[][] hazardControls;
    private final int[] estimatedSeverity;
    private final int[] estimatedProbability;
    private final boolean[] creditableIfExternal;
    private final boolean[] reducesSeverity;
    private final int[] reducesTo;
    private final int[] reducesBy;
    private final int highestSeverity;
    private final int highestProbability;
    private final boolean[][] unacceptable;
    private final boolean[] seriousHarm;
    private final State baseline;

    private ClassKernel(SafetyModel model) {
        this.model = model;
        List<SoftwareItem> items = ItemTree.preorder(model).stream().map(ItemTree.Node::item).toList();
        int n = items.size();
        itemIds = new String[n];
        for (int i = 0; i < n; i++) {
            itemIds[i] = items.get(i).id();
            itemIndex.put(itemIds[i], i);
        }
        List<Hazard> hazards = model.hazards();
        for (int h = 0; h < hazards.size(); h++) {
            hazardIndex.put(hazards.get(h).id(), h);
        }
        List<RiskControl> controls = model.controls();
        for (int c = 0; c < controls.size(); c++) {
            controlIndex.put(controls.get(c).id(), c);
        }
        RiskPolicy policy = model.policy();
        highestSeverity = policy.severity().size();
        highestProbability = policy.probability().size();
        unacceptable = new boolean[highestProbability + 1][highestSeverity + 1];
        for (Level p : policy.probability().levels()) {
            for (Level s : policy.severity().levels()) {
                unacceptable[p.rank()][s.rank()] = policy.matrix().isUnacceptable(p, s);
            }
        }
        seriousHarm = new boolean[highestSeverity + 1];
        policy.severity().levels().forEach(s -> seriousHarm[s.rank()] = policy.harmOf(s).isSeriousOrDeath());

        parent = new int[n];
        waived = new boolean[n];
        declared = new boolean[n];
        direct = new int[n][];
        subtree = new int[n][];
        implemented = new int[n][];
        children = new int[n][];
        boolean[] segregated = new boolean[n];
        List<Integer> tops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SoftwareItem item = items.get(i);
            parent[i] = item.parent() == null ? -1 : itemIndex.get(item.parent());
            if (parent[i] < 0) {
                tops.add(i);
            }
            waived[i] = !item.classRationale().isBlank();
            declared[i] = item.declaredNonContributing();
            segregated[i] = item.segregated() && item.hasSegregationRationale();
            direct[i] = model.hazardsNaming(item.id()).stream().mapToInt(h -> hazardIndex.get(h.id())).toArray();
            children[i] = model.children(item.id()).stream().mapToInt(c -> itemIndex.get(c.id())).toArray();
            final String id = item.id();
            implemented[i] = controls.stream().filter(c -> id.equals(c.implementedBy()))
                    .mapToInt(c -> controlIndex.get(c.id())).toArray();
        }
        topLevel = tops.stream().mapToInt(Integer::intValue).toArray();
        for (int i = n - 1; i >= 0; i--) {
            Set<Integer> set = new LinkedHashSet<>();
            for (int h : direct[i]) {
                set.add(h);
            }
            for (int c : children[i]) {
                for (int h : subtree[c]) {
                    set.add(h);
                }
            }
            subtree[i] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        int m = hazards.size();
        hazardControls = new int[m][];
        estimatedSeverity = new int[m];
        estimatedProbability = new int[m];
        List<List<Integer>> using = new ArrayList<>();
        controls.forEach(c -> using.add(new ArrayList<>()));
        for (int h = 0; h < m; h++) {
            Hazard hazard = hazards.get(h);
            hazardControls[h] = hazard.controls().stream().mapToInt(controlIndex::get).toArray();
            for (int c : hazardControls[h]) {
                using.get(c).add(h);
            }
            estimatedSeverity[h] = model.severityOf(hazard).map(Level::rank).orElse(0);
            estimatedProbability[h] = model.probabilityOf(hazard).map(Level::rank).orElse(0);
        }
        int k = controls.size();
        hazardsUsing = new int[k][];
        creditableIfExternal = new boolean[k];
        reducesSeverity = new boolean[k];
        reducesTo = new int[k];
        reducesBy = new int[k];
        boolean[] external = new boolean[k];
        ControlCredit credit = ControlCredit.a1(policy.classification());
        for (int c = 0; c < k; c++) {
            RiskControl control = controls.get(c);
            hazardsUsing[c] = using.get(c).stream().mapToInt(Integer::intValue).toArray();
            Optional<String> reason = credit.reasonNotCredited(control.withExternal(true));
            creditableIfExternal[c] = reason.isEmpty();
            external[c] = control.external();
            reducesSeverity[c] = control.reduces() == RiskFactor.SEVERITY;
            reducesBy[c] = control.reducesTo() == null ? control.reducesBy() : 0;
            if (control.reduces() != null && control.reducesTo() != null) {
                reducesTo[c] = control.reduces() == RiskFactor.SEVERITY
                        ? policy.severity().level(control.reducesTo()).rank()
                        : policy.probability().level(control.reducesTo()).rank();
            }
        }
        boolean[] present = new boolean[k];
        Arrays.fill(present, true);
        boolean harmBefore = policy.classification().harm() == ClassificationOptions.HarmReading.BEFORE_CONTROLS;
        baseline = new State(present, external, estimatedSeverity.clone(), estimatedProbability.clone(), segregated,
                harmBefore);
    }

    /** The kernel of a model (cost about one classification; reuse it for every variant). */
    public static ClassKernel of(SafetyModel model) {
        return new ClassKernel(model);
    }

    public SafetyModel model() {
        return model;
    }

    /** Item ids in the order of {@link #classify}'s result after the system (depth first). */
    public List<String> itemIds() {
        return List.of(itemIds);
    }

    /** A fresh copy of the model's own assumptions, to be changed and classified. */
    public State baseline() {
        return baseline.copy();
    }

    /**
     * The classes of a variant: index 0 the system, then the items in {@link #itemIds()} order; values are
     * {@link SafetyClass} ordinals (0 = A).
     */
    public byte[] classify(State state) {
        int m = hazardControls.length;
        byte[] hazardClass = new byte[m];
        byte worstHazard = -1;
        for (int h = 0; h < m; h++) {
            int estimated = state.severity[h];
            int severity = estimated == 0 ? highestSeverity : estimated;
            int original = severity;
            int probability = highestProbability;
            int severitySteps = 0;
            int probabilitySteps = 0;
            for (int c : hazardControls[h]) {
                if (state.present[c] && state.external[c] && creditableIfExternal[c]) {
                    if (reducesSeverity[c]) {
                        severity = reducesTo[c] > 0 ? Math.min(severity, reducesTo[c]) : severity;
                        severitySteps += reducesBy[c];
                    } else {
                        probability = reducesTo[c] > 0 ? Math.min(probability, reducesTo[c]) : probability;
                        probabilitySteps += reducesBy[c];
                    }
                }
            }
            severity = Math.max(1, severity - severitySteps);
            probability = Math.max(1, probability - probabilitySteps);
            int harm = state.harmBefore ? original : severity;
            byte cls = !unacceptable[probability][severity] ? (byte) 0 : seriousHarm[harm] ? (byte) 2 : (byte) 1;
            hazardClass[h] = cls;
            worstHazard = (byte) Math.max(worstHazard, cls);
        }
        int n = itemIds.length;
        byte[] own = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            int[] considered = waived[i] ? direct[i] : subtree[i];
            byte flow;
            if (considered.length > 0) {
                flow = 0;
                for (int h : considered) {
                    flow = (byte) Math.max(flow, hazardClass[h]);
                }
            } else if (declared[i] || (waived[i] && subtree[i].length > 0)) {
                flow = 0;
            } else {
                flow = usesImplementedControl(i, state) ? (byte) 0 : (byte) 2;
            }
            byte cls = flow;
            for (int c : implemented[i]) {
                if (state.present[c]) {
                    for (int h : hazardsUsing[c]) {
                        cls = (byte) Math.max(cls, hazardClass[h]);
                    }
                }
            }
            if (!waived[i]) {
                for (int child : children[i]) {
                    cls = (byte) Math.max(cls, own[child]);
                }
            }
            own[i] = cls;
        }
        byte system = m > 0 ? worstHazard : topLevel.length == 0 ? (byte) 2 : (byte) 0;
        for (int t : topLevel) {
            system = (byte) Math.max(system, own[t]);
        }
        byte[] result = new byte[n + 1];
        result[0] = system;
        for (int i = 0; i < n; i++) {
            byte inherited = parent[i] < 0 ? system : result[parent[i] + 1];
            result[i + 1] = state.segregated[i] ? own[i] : (byte) Math.max(own[i], inherited);
        }
        return result;
    }

    private boolean usesImplementedControl(int item, State state) {
        for (int c : implemented[item]) {
            if (state.present[c] && hazardsUsing[c].length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies a change to a state when the kernel can represent it (control presence or externality, a
     * severity or probability, a segregation claim with rationale); false for structural changes.
     */
    public boolean apply(Change change, State state) {
        if (change instanceof Change.RemoveControl c) {
            Integer index = controlIndex.get(c.controlId());
            if (index == null || !state.present[index]) {
                return false;
            }
            state.present[index] = false;
            return true;
        }
        if (change instanceof Change.SetExternal c) {
            Integer index = controlIndex.get(c.controlId());
            if (index == null || !state.present[index]) {
                return false;
            }
            state.external[index] = c.external();
            return true;
        }
        if (change instanceof Change.SetSeverity c) {
            Integer index = hazardIndex.get(c.hazardId());
            Optional<Level> level = model.policy().severity().find(c.level());
            if (index == null || level.isEmpty()) {
                return false;
            }
            state.severity[index] = level.get().rank();
            return true;
        }
        if (change instanceof Change.SetProbability c) {
            Integer index = hazardIndex.get(c.hazardId());
            Optional<Level> level = model.policy().probability().find(c.level());
            if (index == null || level.isEmpty()) {
                return false;
            }
            state.probability[index] = level.get().rank();
            return true;
        }
        if (change instanceof Change.SetHarmReading c) {
            state.harmBefore = c.reading() == ClassificationOptions.HarmReading.BEFORE_CONTROLS;
            return true;
        }
        if (change instanceof Change.Segregation c) {
            Integer index = itemIndex.get(c.itemId());
            if (index == null || (c.claimed() && (c.rationale() == null || c.rationale().isBlank()))) {
                return false;
            }
            state.segregated[index] = c.claimed();
            return true;
        }
        return false;
    }

    /** Whether every change of the list can be applied by the kernel. */
    public static boolean supportsAll(List<Change> changes) {
        return changes.stream().allMatch(c -> c instanceof Change.RemoveControl || c instanceof Change.SetExternal
                || c instanceof Change.SetSeverity || c instanceof Change.SetProbability
                || c instanceof Change.SetHarmReading
                || (c instanceof Change.Segregation s && (!s.claimed() || s.rationale() != null && !s.rationale().isBlank())));
    }

    /** Kinds that the scheme would credit if they were external (used to skip pointless externality flips). */
    public boolean creditableIfExternal(String controlId) {
        Integer index = controlIndex.get(controlId);
        return index != null && creditableIfExternal[index];
    }

    /** One variant's assumptions: mutable arrays, cheap to copy. */
    public static final class State {
        private final boolean[] present;
        private final boolean[] external;
        private final int[] severity;
        private final int[] probability;
        private final boolean[] segregated;
        private boolean harmBefore;

        private State(boolean[] present, boolean[] external, int[] severity, int[] probability,
                      boolean[] segregated, boolean harmBefore) {
            this.present = present;
            this.external = external;
            this.severity = severity;
            this.probability = probability;
            this.segregated = segregated;
            this.harmBefore = harmBefore;
        }

        public State copy() {
            return new State(present.clone(), external.clone(), severity.clone(), probability.clone(),
                    segregated.clone(), harmBefore);
        }

        /** True when step 3 judges the harm before controls (the conservative reading). */
        public boolean harmBeforeControls() {
            return harmBefore;
        }
    }
}
