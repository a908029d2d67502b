package org.hazlab.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hazlab.core.problem.Problem;

/** Each item, hazard and control id is defined once; a second definition names the first. */
final class DuplicateIds implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        find("item", draft.items(), SoftwareItem::id, SoftwareItem::origin, problems);
        find("hazard", draft.hazards(), Hazard::id, Hazard::origin, problems);
        find("control", draft.controls(), RiskControl::id, RiskControl::origin, problems);
    }

    private static <T> void find(String kind, List<T> elements, Function<T, String> id, Function<T, Origin> origin,
                                 List<Problem> problems) {
        Map<String, Origin> first = new LinkedHashMap<>();
        for (T element : elements) {
            Origin earlier = first.putIfAbsent(id.apply(element), origin.apply(element));
            if (earlier != null) {
                problems.add(Problem.error("duplicate-id", origin.apply(element).at("id"),
                                kind + " id '" + id.apply(element) + "' is defined twice")
                        .value(id.apply(element))
                        .related(List.of(earlier.at("id")))
                        .hint("ids must be unique; rename one of the rows").build());
            }
        }
    }
}
