package org.hazlab.core.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/** Every reference resolves: hazard to item and control, item to parent, control to implementing item. */
final class DanglingReferences implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        Set<String> items = draft.items().stream().map(SoftwareItem::id).collect(Collectors.toSet());
        Set<String> controls = draft.controls().stream().map(RiskControl::id).collect(Collectors.toSet());
        for (SoftwareItem item : draft.items()) {
            if (item.parent() != null && !items.contains(item.parent())) {
                problems.add(dangling("parent", "item", item.parent(), item.origin().at("parent"), items));
            }
        }
        for (Hazard hazard : draft.hazards()) {
            hazard.items().stream().filter(id -> !items.contains(id)).forEach(id ->
                    problems.add(dangling("item", "item", id, hazard.origin().at("items"), items)));
            hazard.controls().stream().filter(id -> !controls.contains(id)).forEach(id ->
                    problems.add(dangling("control", "control", id, hazard.origin().at("controls"), controls)));
        }
        for (RiskControl control : draft.controls()) {
            if (control.implementedBy() != null && !items.contains(control.implementedBy())) {
                problems.add(dangling("implementing item", "item", control.implementedBy(),
                        control.origin().at("implemented_by"), items));
            }
        }
    }

    private static Problem dangling(String role, String kind, String id, SourceLocation where, Set<String> known) {
        return Problem.error("unknown-reference", where, role + " '" + id + "' is not a known " + kind + " id")
                .value(id)
                .expected("an existing " + kind + " id" + (known.isEmpty() ? " (none are defined)" : ""))
                .hint(org.hazlab.core.problem.NearestName.closest(id, known).map(c -> "did you mean '" + c + "'?").orElse("define the " + kind
                        + " or correct the reference"))
                .build();
    }
}
