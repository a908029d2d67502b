package org.hazlab.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.Problem;

/**
 * A validated, immutable description of one software system: its items in a hierarchy, the hazards they can
 * contribute to, the risk controls, and the risk policy they are judged by. Every model that exists has passed
 * validation (unique ids, resolvable references, an acyclic hierarchy, levels known to the policy), so
 * classifiers and what-if scenarios never meet a dangling id. A change is a new model built through
 * {@link #toBuilder()}, which validates again; the original is untouched.
 */
public final class SafetyModel {

    private final SystemProfile system;
    private final RiskPolicy policy;
    private final List<SoftwareItem> items;
    private final List<Hazard> hazards;
    private final List<RiskControl> controls;
    private final List<Problem> warnings;
    private final Map<String, SoftwareItem> itemsById = new LinkedHashMap<>();
    private final Map<String, Hazard> hazardsById = new LinkedHashMap<>();
    private final Map<String, RiskControl> controlsById = new LinkedHashMap<>();
    private final Map<String, List<SoftwareItem>> childrenById = new LinkedHashMap<>();
    private final Map<String, List<Hazard>> hazardsByItem = new LinkedHashMap<>();

    private SafetyModel(ModelDraft draft, List<Problem> warnings) {
        this.system = draft.system();
        this.policy = draft.policy();
        this.items = draft.items();
        this.hazards = draft.hazards();
        this.controls = draft.controls();
        this.warnings = List.copyOf(warnings);
        items.forEach(item -> {
            itemsById.put(item.id(), item);
            childrenById.put(item.id(), new ArrayList<>());
            hazardsByItem.put(item.id(), new ArrayList<>());
        });
        items.forEach(item -> item.parentId().ifPresent(p -> childrenById.get(p).add(item)));
        hazards.forEach(hazard -> {
            hazardsById.put(hazard.id(), hazard);
            hazard.items().forEach(itemId -> hazardsByItem.get(itemId).add(hazard));
        });
        controls.forEach(control -> controlsById.put(control.id(), control));
        childrenById.replaceAll((id, list) -> List.copyOf(list));
        hazardsByItem.replaceAll((id, list) -> List.copyOf(list));
    }

    public static Builder builder(RiskPolicy policy) {
        return new Builder(policy);
    }

    /** A builder holding this model's contents, for deriving a changed model. */
    public Builder toBuilder() {
        Builder builder = new Builder(policy).system(system);
        items.forEach(builder::item);
        hazards.forEach(builder::hazard);
        controls.forEach(builder::control);
        return builder;
    }

    /**
     * This model judged under other classification options. Only the policy's options change, so the contents
     * need no new validation; the same model is returned when the options are already in force.
     */
    public SafetyModel withClassificationOptions(ClassificationOptions options) {
        if (options.equals(policy.classification())) {
            return this;
        }
        return new SafetyModel(new ModelDraft(system, policy.withClassification(options), items, hazards, controls),
                warnings);
    }

    /**
     * This model with one hazard no longer crediting one of its controls: what a periodic review asks, two dozen
     * times, of a model it has validated once, when a credited control does not perform as claimed. Removing a
     * reference keeps valid contents valid and changes no warning (the only rule that reads a hazard's controls
     * checks that each exists; levels are already resolved), so there is no new validation.
     *
     * @throws IllegalArgumentException when the model has no such hazard or the hazard does not credit the control
     */
    public SafetyModel withoutCredit(String hazardId, String controlId) {
        Hazard hazard = hazard(hazardId).orElseThrow(() -> new IllegalArgumentException("no hazard " + hazardId));
        if (!hazard.controls().contains(controlId)) {
            throw new IllegalArgumentException(hazardId + " does not credit " + controlId);
        }
        List<String> rest = new ArrayList<>(hazard.controls());
        rest.remove(controlId);
        Hazard changed = hazard.withControls(rest);
        List<Hazard> changedHazards = hazards.stream().map(h -> h == hazard ? changed : h).toList();
        return new SafetyModel(new ModelDraft(system, policy, items, changedHazards, controls), warnings);
    }

    public SystemProfile system() {
        return system;
    }

    public RiskPolicy policy() {
        return policy;
    }

    /** Items in the order they were defined. */
    public List<SoftwareItem> items() {
        return items;
    }

    public List<Hazard> hazards() {
        return hazards;
    }

    public List<RiskControl> controls() {
        return controls;
    }

    /** Warnings found while validating (the model is valid, but these deserve a look). */
    public List<Problem> warnings() {
        return warnings;
    }

    public Optional<SoftwareItem> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    public Optional<Hazard> hazard(String id) {
        return Optional.ofNullable(hazardsById.get(id));
    }

    public Optional<RiskControl> control(String id) {
        return Optional.ofNullable(controlsById.get(id));
    }

    /** Items with no parent, in definition order. */
    public List<SoftwareItem> topLevelItems() {
        return items.stream().filter(item -> item.parent() == null).toList();
    }

    public List<SoftwareItem> children(String itemId) {
        return childrenById.getOrDefault(itemId, List.of());
    }

    /** Hazards whose log names this item directly (not through its children). */
    public List<Hazard> hazardsNaming(String itemId) {
        return hazardsByItem.getOrDefault(itemId, List.of());
    }

    public List<RiskControl> controlsOf(Hazard hazard) {
        return hazard.controls().stream().map(controlsById::get).toList();
    }

    /** The item and all its descendants, depth first. */
    public List<SoftwareItem> subtree(String itemId) {
        List<SoftwareItem> out = new ArrayList<>();
        item(itemId).ifPresent(root -> collect(root, out));
        return Collections.unmodifiableList(out);
    }

    private void collect(SoftwareItem item, List<SoftwareItem> out) {
        out.add(item);
        children(item.id()).forEach(child -> collect(child, out));
    }

    public Optional<Level> severityOf(Hazard hazard) {
        return hazard.severityLevel().map(policy.severity()::level);
    }

    public Optional<Level> probabilityOf(Hazard hazard) {
        return hazard.probabilityLevel().map(policy.probability()::level);
    }

    @Override
    public String toString() {
        return "SafetyModel[" + system.name() + ": " + items.size() + " items, " + hazards.size() + " hazards, "
                + controls.size() + " controls]";
    }

    /**
     * Collects a model's contents and validates them in {@link #build()}. Adding an element whose id is already
     * present keeps both, so that validation can report the duplicate; use {@code replace...}/{@code remove...}
     * to change an element.
     */
    public static final class Builder {
        private RiskPolicy policy;
        private SystemProfile system = SystemProfile.named("SYSTEM", "Software system");
        private final List<SoftwareItem> items = new ArrayList<>();
        private final List<Hazard> hazards = new ArrayList<>();
        private final List<RiskControl> controls = new ArrayList<>();

        private Builder(RiskPolicy policy) {
            this.policy = policy;
        }

        public Builder policy(RiskPolicy newPolicy) {
            this.policy = newPolicy;
            return this;
        }

        /** The policy the model will be judged by (what-if changes derive a stricter one from it). */
        public RiskPolicy policy() {
            return policy;
        }

        public SystemProfile system() {
            return system;
        }

        public Builder system(SystemProfile newSystem) {
            this.system = newSystem;
            return this;
        }

        public Builder item(SoftwareItem item) {
            items.add(item);
            return this;
        }

        public Builder hazard(Hazard hazard) {
            hazards.add(hazard);
            return this;
        }

        public Builder control(RiskControl control) {
            controls.add(control);
            return this;
        }

        public Builder replaceItem(SoftwareItem item) {
            items.replaceAll(existing -> existing.id().equals(item.id()) ? item : existing);
            return this;
        }

        public Builder replaceHazard(Hazard hazard) {
            hazards.replaceAll(existing -> existing.id().equals(hazard.id()) ? hazard : existing);
            return this;
        }

        public Builder replaceControl(RiskControl control) {
            controls.replaceAll(existing -> existing.id().equals(control.id()) ? control : existing);
            return this;
        }

        public Builder removeItem(String id) {
            items.removeIf(item -> item.id().equals(id));
            return this;
        }

        public Builder removeHazard(String id) {
            hazards.removeIf(hazard -> hazard.id().equals(id));
            return this;
        }

        public Builder removeControl(String id) {
            controls.removeIf(control -> control.id().equals(id));
            return this;
        }

        public List<SoftwareItem> items() {
            return Collections.unmodifiableList(items);
        }

        public List<Hazard> hazards() {
            return Collections.unmodifiableList(hazards);
        }

        public List<RiskControl> controls() {
            return Collections.unmodifiableList(controls);
        }

        /** Validates the contents; the result holds the model only when no error was found. */
        public ModelBuild build() {
            ModelValidation.Outcome outcome =
                    ModelValidation.validate(new ModelDraft(system, policy, items, hazards, controls));
            List<Problem> problems = outcome.problems();
            boolean valid = problems.stream().noneMatch(Problem::isError);
            List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
            return new ModelBuild(valid ? new SafetyModel(outcome.draft(), warnings) : null, problems);
        }
    }
}
