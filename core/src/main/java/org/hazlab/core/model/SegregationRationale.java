package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * Segregation must be justified (IEC 62304 5.3.5): an item marked segregated without a rationale is an error,
 * since the class it would escape is exactly what an auditor checks. A top-level item may be segregated too: it
 * decomposes the software system and inherits the system's class unless segregated (IEC 62304 4.3 d-e), which is
 * what the classification engine credits, so such a claim is not questioned here.
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
        }
    }
}
