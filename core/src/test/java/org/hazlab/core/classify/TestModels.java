package org.hazlab.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.model.SoftwareKind;
import org.hazlab.core.model.SystemProfile;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.problem.InvalidInputException;

/** Small real models for the classification tests, built through the validating builder. */
final class TestModels {

    private final List<SoftwareItem> items = new ArrayList<>();
    private final List<Hazard> hazards = new ArrayList<>();
    private final List<RiskControl> controls = new ArrayList<>();
    private SystemProfile system = SystemProfile.named("SYS", "Infusion pump software");
    private ClassificationOptions options = ClassificationOptions.DEFAULTS;

    static TestModels model() {
        return new TestModels();
    }

    TestModels attributes(Map<String, String> attributes) {
        system = new SystemProfile("SYS", "Infusion pump software", "", attributes);
        return this;
    }

    /** What the software is: standalone or embedded (with the device's class and its rule). */
    TestModels kind(SoftwareKind kind, String deviceClass, String rule) {
        system = system.withKind(kind, deviceClass, rule);
        return this;
    }

    TestModels item(String id) {
        return add(SoftwareItem.of(id, id));
    }

    TestModels child(String id, String parent) {
        return add(SoftwareItem.of(id, id).withParent(parent));
    }

    TestModels add(SoftwareItem item) {
        items.add(item.withOrigin(Origin.of("items.csv", items.size() + 2)));
        return this;
    }

    TestModels hazard(String id, String severity, List<String> itemIds, String... controlIds) {
        hazards.add(new Hazard(id, "", itemIds, "situation " + id, "harm " + id, severity, "Remote",
                List.of(controlIds), "", Origin.of("hazards.csv", hazards.size() + 2)));
        return this;
    }

    TestModels hazard(Hazard hazard) {
        hazards.add(hazard);
        return this;
    }

    TestModels control(String id, ControlKind kind, boolean external, RiskFactor reduces, String to,
                       String implementedBy) {
        controls.add(new RiskControl(id, "control " + id, kind, external, reduces, to, implementedBy,
                Origin.of("controls.csv", controls.size() + 2)));
        return this;
    }

    /** A control lowering {@code reduces} by a number of levels. */
    TestModels controlBy(String id, ControlKind kind, RiskFactor reduces, int levels) {
        controls.add(new RiskControl(id, "control " + id, kind, true, reduces, null, levels, null,
                Origin.of("controls.csv", controls.size() + 2)));
        return this;
    }

    /** The policy's classification options (the default policy otherwise). */
    TestModels options(ClassificationOptions newOptions) {
        options = newOptions;
        return this;
    }

    TestModels hardware(String id, RiskFactor reduces, String to) {
        return control(id, ControlKind.HARDWARE, true, reduces, to, null);
    }

    SafetyModel build() {
        SafetyModel.Builder builder = SafetyModel.builder(RiskPolicies.defaultPolicy().withClassification(options))
                .system(system);
        items.forEach(builder::item);
        hazards.forEach(builder::hazard);
        controls.forEach(builder::control);
        try {
            return builder.build().orThrow();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static SafetyModel valid(SafetyModel.Builder builder) {
        try {
            return builder.build().orThrow();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The standard's decomposition example: X (A), W (B), Z (C) under P; P and the system C. */
    static TestModels decompositionExample(boolean segregateX) {
        return model()
                .item("P")
                .add(SoftwareItem.of("X", "X").withParent("P").withNoContributionRationale("display of logos only")
                        .withSegregation(segregateX, segregateX ? "runs in a separate MMU partition" : ""))
                .add(SoftwareItem.of("W", "W").withParent("P").withSegregation(true, "separate process"))
                .add(SoftwareItem.of("Z", "Z").withParent("P").withSegregation(true, "separate processor"))
                .hazard("H-W", "Minor", List.of("W"))
                .hazard("H-Z", "Catastrophic", List.of("Z"));
    }
}
