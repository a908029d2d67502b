package org.hazlab.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/** The item hierarchy is a forest: following parents never comes back to where it started. */
final class HierarchyCycles implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        Map<String, SoftwareItem> byId = new HashMap<>();
        draft.items().forEach(item -> byId.putIfAbsent(item.id(), item));
        Set<String> reported = new HashSet<>();
        for (SoftwareItem start : byId.values().stream().sorted(java.util.Comparator.comparing(i ->
                draft.items().indexOf(i))).toList()) {
            List<SoftwareItem> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            SoftwareItem current = start;
            while (current != null && onPath.add(current.id())) {
                path.add(current);
                current = current.parent() == null ? null : byId.get(current.parent());
            }
            if (current == null) {
                continue;
            }
            String entry = current.id();
            List<SoftwareItem> cycle = path.subList(path.indexOf(byId.get(entry)), path.size());
            if (cycle.stream().anyMatch(item -> reported.contains(item.id()))) {
                continue;
            }
            cycle.forEach(item -> reported.add(item.id()));
            List<String> ids = cycle.stream().map(SoftwareItem::id).toList();
            List<SourceLocation> rows = cycle.stream().map(item -> item.origin().at("parent")).toList();
            problems.add(Problem.error("hierarchy-cycle", rows.get(0),
                            "items form a cycle through their parents: " + String.join(" -> ", ids) + " -> "
                                    + ids.get(0))
                    .related(rows.subList(1, rows.size()))
                    .hint("an item cannot be its own ancestor; correct one of the parent cells").build());
        }
    }
}
