package org.hazlab.core.trace.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.trace.Requirement;
import org.hazlab.core.trace.Traceability;
import org.hazlab.core.trace.Verification;

/**
 * Every element of a model and its traceability as id to field values (text, in the field names of
 * docs/data-formats.md), so that two versions compare field by field with one loop.
 */
final class ElementFields {

    /** Kinds in the order they are reported. */
    static final List<String> KINDS = List.of("item", "hazard", "control", "requirement", "verification");

    private ElementFields() {
    }

    static Map<String, Map<String, String>> of(String kind, SafetyModel model, Traceability trace) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        switch (kind) {
            case "item" -> model.items().forEach(i -> all.put(i.id(), item(i)));
            case "hazard" -> model.hazards().forEach(h -> all.put(h.id(), hazard(h)));
            case "control" -> model.controls().forEach(c -> all.put(c.id(), control(c)));
            case "requirement" -> trace.requirements().forEach(r -> all.put(r.id(), requirement(r)));
            case "verification" -> trace.verifications().forEach(v -> all.put(v.id(), verification(v)));
            default -> throw new IllegalArgumentException(kind);
        }
        return all;
    }

    private static Map<String, String> item(SoftwareItem item) {
        return fields("name", item.name(), "parent", item.parent(), "description", item.description(),
                "segregated", item.segregated() ? "yes" : "no", "segregation_rationale", item.segregationRationale(),
                "no_contribution_rationale", item.noContributionRationale(), "recorded_class", item.recordedClass(),
                "class_rationale", item.classRationale());
    }

    private static Map<String, String> hazard(Hazard hazard) {
        return fields("title", hazard.title(), "items", String.join(";", hazard.items()),
                "situation", hazard.situation(), "harm", hazard.harm(), "severity", hazard.severity(),
                "probability", hazard.probability(), "controls", String.join(";", hazard.controls()),
                "notes", hazard.notes());
    }

    private static Map<String, String> control(RiskControl control) {
        return fields("description", control.description(), "kind", control.kind().key(),
                "external", control.external() ? "yes" : "no",
                "reduces", control.reducedFactor().map(Object::toString).orElse(""),
                "reduces_to", control.reducesTo(), "implemented_by", control.implementedBy());
    }

    private static Map<String, String> requirement(Requirement requirement) {
        return fields("text", requirement.text(), "items", String.join(";", requirement.items()),
                "controls", String.join(";", requirement.controls()));
    }

    private static Map<String, String> verification(Verification verification) {
        return fields("verifies", String.join(";", verification.verifies()), "method", verification.method(),
                "result", verification.result().key(),
                "date", verification.runOn().map(Object::toString).orElse(""), "evidence", verification.evidence());
    }

    private static Map<String, String> fields(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1] == null ? "" : keyValues[i + 1]);
        }
        return map;
    }
}
