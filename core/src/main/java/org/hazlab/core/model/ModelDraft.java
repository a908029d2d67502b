package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.policy.RiskPolicy;

/**
 * The unvalidated contents of a model, as handed to the validation rules: possibly with duplicate ids, dangling
 * references or cycles. Only {@link SafetyModel.Builder} turns a draft into a model, and only when no rule found
 * an error.
 */
public record ModelDraft(SystemProfile system, RiskPolicy policy, List<SoftwareItem> items, List<Hazard> hazards,
                         List<RiskControl> controls) {

    public ModelDraft {
        items = List.copyOf(items);
        hazards = List.copyOf(hazards);
        controls = List.copyOf(controls);
    }
}
