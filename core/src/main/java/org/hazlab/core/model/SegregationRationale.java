package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * Segregation must be justified (IEC 62304 5.3.5): an item marked segregated without a rationale is an error,
 * since the class it would escape is exactly what an auditor checks.
 */
final class SegregationRationale implements ModelRule {

    @Override
    public void check(ModelDraft draft, List<Problem> problems) {
        for (SoftwareItem item : draft.items()) {
            if (item.segregated() && !item.hasSegregationRationale()) {
                problems.add(Problem.error("segregation-without-rationale", item.origin().at("segregated"),
                                "item '" + item.id() + "' is marked segregated without a segregation rationale")
                        .expected("a rationale such as 'runs on a separate processor' in segregation_rationale")
                        .hint("IEC 62304 5.3.5: document how the segregation is effective, or unmark it").build());
            }
            if (item.segregated() && item.parent() == null) {
                problems.add(Problem.warning("segregation-without-parent", item.origin().at("segregated"),
                                "item '" + item.id() + "' is marked segregated but has no parent to be segregated from")
                        .hint("segregation only matters for an item that decomposes another").build());
            }
        }
    }
}
