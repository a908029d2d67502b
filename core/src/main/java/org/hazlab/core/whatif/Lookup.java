package org.hazlab.core.whatif;

import java.util.List;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.Scale;

/** Finds what a change names in a model under construction, or says precisely what is not there. */
final class Lookup {

    private Lookup() {
    }

    static SoftwareItem item(SafetyModel.Builder model, String id) {
        return model.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() ->
                unknown("item", id, model.items().stream().map(SoftwareItem::id).toList()));
    }

    static Hazard hazard(SafetyModel.Builder model, String id) {
        return model.hazards().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(() ->
                unknown("hazard", id, model.hazards().stream().map(Hazard::id).toList()));
    }

    static RiskControl control(SafetyModel.Builder model, String id) {
        return model.controls().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                unknown("control", id, model.controls().stream().map(RiskControl::id).toList()));
    }

    static Level level(Scale scale, String text) {
        return scale.find(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a level of the "
                + scale.name() + " scale; levels: " + String.join(", ", scale.names())));
    }

    private static IllegalArgumentException unknown(String what, String id, List<String> ids) {
        List<String> known = org.hazlab.core.problem.ClosestNames.ordered(id, ids);
        List<String> shown = known.size() > 12 ? known.subList(0, 12) : known;
        return new IllegalArgumentException("no " + what + " '" + id + "' in the model"
                + org.hazlab.core.problem.ClosestNames.didYouMean(id, ids) + "; known: "
                + String.join(", ", shown) + (known.size() > 12 ? ", ... (" + known.size() + " in all)" : ""));
    }
}
