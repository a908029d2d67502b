package org.hazlab.core.classify;

import java.util.List;
import java.util.Optional;

/**
 * How an item reached its category: the steps in the order they were taken and a one-line "because". Kept as
 * data so the same path renders as a table, a spoken tree, Markdown or JSON, and what-if comparisons can say
 * which step changed.
 */
public record DecisionPath(List<DecisionStep> steps, String because) {

    public DecisionPath {
        steps = List.copyOf(steps);
        because = because == null ? "" : because;
    }

    public boolean has(StepKind kind) {
        return steps.stream().anyMatch(step -> step.kind() == kind);
    }

    public Optional<DecisionStep> first(StepKind kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst();
    }

    /** The step kinds in order, e.g. "CONTRIBUTES > RESIDUAL_RISK > WORST_HARM". */
    public String summary() {
        return String.join(" > ", steps.stream().map(step -> step.kind().name()).toList());
    }
}
