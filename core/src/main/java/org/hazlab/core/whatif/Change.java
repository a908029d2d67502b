package org.hazlab.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.AcceptabilityMatrix;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;

/**
 * One assumption changed in a what-if: a control removed or made internal, a severity raised, an item moved,
 * a segregation claimed, the policy made stricter. Changes are values applied in order to a model's builder
 * (so a later change sees an earlier one), and the changed model is validated like a loaded one. Each change
 * says in words what it does, for tables and reports. Unknown ids and levels are errors, never ignored.
 */
public sealed interface Change {

    /** Applies the change to the builder; throws IllegalArgumentException for unknown ids or levels. */
    void applyTo(SafetyModel.Builder model);

    /** The change in a few words, e.g. "remove control RC-HW-04". */
    String describe();

    /** Removes a control and every hazard's reference to it. */
    record RemoveControl(String controlId) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            Lookup.control(model, controlId);
            model.removeControl(controlId);
            for (Hazard hazard : List.copyOf(model.hazards())) {
                if (hazard.controls().contains(controlId)) {
                    List<String> rest = new ArrayList<>(hazard.controls());
                    rest.remove(controlId);
                    model.replaceHazard(hazard.withControls(rest));
                }
            }
        }

        @Override
        public String describe() {
            return "remove control " + controlId;
        }
    }

    /** Adds a control and applies it to the given hazards. */
    record AddControl(RiskControl control, List<String> hazardIds) implements Change {
        public AddControl {
            Objects.requireNonNull(control, "control");
            hazardIds = List.copyOf(hazardIds);
        }

        @Override
        public void applyTo(SafetyModel.Builder model) {
            model.control(control);
            for (String hazardId : hazardIds) {
                Hazard hazard = Lookup.hazard(model, hazardId);
                List<String> controls = new ArrayList<>(hazard.controls());
                if (!controls.contains(control.id())) {
                    controls.add(control.id());
                }
                model.replaceHazard(hazard.withControls(controls));
            }
        }

        @Override
        public String describe() {
            return "add " + control.kind() + " control " + control.id()
                    + (hazardIds.isEmpty() ? "" : " to " + String.join(", ", hazardIds));
        }
    }

    /** Makes a control external to the software system, or not. */
    record SetExternal(String controlId, boolean external) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            model.replaceControl(Lookup.control(model, controlId).withExternal(external));
        }

        @Override
        public String describe() {
            return "make control " + controlId + (external ? " external" : " internal");
        }
    }

    /** Sets a hazard's estimated severity (a level name, alias or rank of the policy's scale). */
    record SetSeverity(String hazardId, String level) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            Hazard hazard = Lookup.hazard(model, hazardId);
            model.replaceHazard(hazard.withSeverity(Lookup.level(model.policy().severity(), level).name()));
        }

        @Override
        public String describe() {
            return "severity of " + hazardId + " = " + level;
        }
    }

    /** Sets a hazard's estimated probability of harm. */
    record SetProbability(String hazardId, String level) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            Hazard hazard = Lookup.hazard(model, hazardId);
            model.replaceHazard(hazard.withProbability(Lookup.level(model.policy().probability(), level).name()));
        }

        @Override
        public String describe() {
            return "probability of " + hazardId + " = " + level;
        }
    }

    /** Adds a software item. */
    record AddItem(SoftwareItem item) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            model.item(item);
        }

        @Override
        public String describe() {
            return "add item " + item.id() + (item.parent() == null ? "" : " under " + item.parent());
        }
    }

    /**
     * Removes an item: its children move to its parent, hazards stop naming it (a hazard left naming no item
     * is removed too), and controls it implemented are removed with it.
     */
    record RemoveItem(String itemId) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            SoftwareItem removed = Lookup.item(model, itemId);
            for (SoftwareItem child : List.copyOf(model.items())) {
                if (itemId.equals(child.parent())) {
                    model.replaceItem(child.withParent(removed.parent()));
                }
            }
            model.removeItem(itemId);
            for (RiskControl control : List.copyOf(model.controls())) {
                if (itemId.equals(control.implementedBy())) {
                    new RemoveControl(control.id()).applyTo(model);
                }
            }
            for (Hazard hazard : List.copyOf(model.hazards())) {
                if (hazard.items().contains(itemId)) {
                    List<String> rest = new ArrayList<>(hazard.items());
                    rest.remove(itemId);
                    if (rest.isEmpty()) {
                        model.removeHazard(hazard.id());
                    } else {
                        model.replaceHazard(hazard.withItems(rest));
                    }
                }
            }
        }

        @Override
        public String describe() {
            return "remove item " + itemId;
        }
    }

    /** Adds a hazard to the log. */
    record AddHazard(Hazard hazard) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            model.hazard(hazard);
        }

        @Override
        public String describe() {
            return "add hazard " + hazard.id() + " (" + hazard.severity() + ") on " + String.join(", ", hazard.items());
        }
    }

    /** Removes a hazard from the log. */
    record RemoveHazard(String hazardId) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            Lookup.hazard(model, hazardId);
            model.removeHazard(hazardId);
        }

        @Override
        public String describe() {
            return "remove hazard " + hazardId;
        }
    }

    /** Moves an item under another parent (null or empty: top level). */
    record MoveItem(String itemId, String newParent) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            SoftwareItem item = Lookup.item(model, itemId);
            String parent = newParent == null || newParent.isBlank() ? null : newParent;
            if (parent != null) {
                Lookup.item(model, parent);
            }
            model.replaceItem(item.withParent(parent));
        }

        @Override
        public String describe() {
            return "move item " + itemId + " under " + (newParent == null || newParent.isBlank() ? "the system"
                    : newParent);
        }
    }

    /** Claims segregation of an item (with its rationale), or revokes the claim. */
    record Segregation(String itemId, boolean claimed, String rationale) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            SoftwareItem item = Lookup.item(model, itemId);
            model.replaceItem(item.withSegregation(claimed, claimed ? rationale : ""));
        }

        @Override
        public String describe() {
            return (claimed ? "claim segregation of " : "revoke segregation of ") + itemId;
        }
    }

    /** Replaces the risk policy. */
    record SetPolicy(RiskPolicy policy) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            model.policy(policy);
        }

        @Override
        public String describe() {
            return "policy " + policy.name();
        }
    }

    /** Moves the matrix's "unacceptable from" zone (a stricter or laxer reading of the same matrix). */
    record SetUnacceptableFrom(String zone) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            RiskPolicy policy = model.policy();
            AcceptabilityMatrix m = policy.matrix();
            if (!m.zones().contains(zone)) {
                throw new IllegalArgumentException("'" + zone + "' is not a zone of the policy; zones: " + m.zones());
            }
            model.policy(new RiskPolicy(policy.name() + " (unacceptable from " + zone + ")", policy.source(),
                    policy.severity(), policy.probability(),
                    new AcceptabilityMatrix(m.zones(), m.zoneMeanings(), m.cells(), zone), policy.classification()));
        }

        @Override
        public String describe() {
            return "unacceptable from zone " + zone;
        }
    }

    /** Sets one cell of the acceptability matrix. */
    record SetMatrixCell(String probability, String severity, String zone) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            RiskPolicy policy = model.policy();
            AcceptabilityMatrix m = policy.matrix();
            if (!m.zones().contains(zone)) {
                throw new IllegalArgumentException("'" + zone + "' is not a zone of the policy; zones: " + m.zones());
            }
            Level p = Lookup.level(policy.probability(), probability);
            Level s = Lookup.level(policy.severity(), severity);
            List<List<String>> cells = new ArrayList<>();
            m.cells().forEach(row -> cells.add(new ArrayList<>(row)));
            cells.get(p.rank() - 1).set(s.rank() - 1, zone);
            model.policy(new RiskPolicy(policy.name() + " (edited)", policy.source(), policy.severity(),
                    policy.probability(), new AcceptabilityMatrix(m.zones(), m.zoneMeanings(), cells,
                    m.unacceptableFrom()), policy.classification()));
        }

        @Override
        public String describe() {
            return "matrix " + probability + " x " + severity + " = " + zone;
        }
    }

    /**
     * Judges the harm of IEC 62304 step 3 under the other reading: after the external controls that lower
     * severity (the default) or before any control (the conservative option).
     */
    record SetHarmReading(ClassificationOptions.HarmReading reading) implements Change {
        @Override
        public void applyTo(SafetyModel.Builder model) {
            RiskPolicy policy = model.policy();
            model.policy(policy.withClassification(policy.classification().withHarm(reading)));
        }

        @Override
        public String describe() {
            return "harm judged " + reading.key();
        }
    }
}
