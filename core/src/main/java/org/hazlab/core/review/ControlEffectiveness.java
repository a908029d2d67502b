package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.Level;
import org.hazlab.core.review.trigger.Trigger;
import org.hazlab.core.review.trigger.TriggerKind;
import org.hazlab.core.whatif.ClassComparison;
import org.hazlab.core.whatif.Comparison;
import tech.tablesaw.api.Table;

/**
 * Under IEC 62304 A1 a class rests on the residual level each credited external control claims
 * ({@code reduces_to}), not on the logged probability; so the field reaches the class through the controls.
 * When a hazard's observed rate (in the policy's probability unit) is above the band of the level a credited
 * external control claims to reduce the probability to, the control is not performing as claimed: the hazard is
 * reclassified with that control's credit removed (the what-if engine's comparison), and the trigger shows the
 * class changes and the IEC 62304 activities they add.
 */
final class ControlEffectiveness {

    private ControlEffectiveness() {
    }

    static List<Trigger> triggers(SafetyModel model, ClassificationResult assessed, HazardReview review,
                                  PeriodEvidence evidence, ReviewOptions options, String action) {
        List<Trigger> triggers = new ArrayList<>();
        if (Double.isNaN(review.observedRate())) {
            return triggers;
        }
        Hazard hazard = model.hazard(review.id()).orElseThrow();
        for (String controlId : hazard.controls()) {
            Optional<RiskControl> found = model.control(controlId);
            if (found.isEmpty() || !found.get().external() || found.get().reduces() != RiskFactor.PROBABILITY
                    || found.get().reducesTo() == null) {
                continue;
            }
            RiskControl control = found.get();
            Optional<Level> claimed = model.policy().probability().find(control.reducesTo());
            Optional<Double> bound = claimed.flatMap(Level::bandUpperBound);
            if (bound.isEmpty() || !(review.observedRate() > bound.get())) {
                continue;
            }
            List<Trigger.ClassShift> shifts = reclassifyWithout(model, assessed, hazard, controlId);
            String changes = shifts.isEmpty() ? "no class changes (the items are already at the class the hazard "
                    + "would give without the control)"
                    : String.join("; ", shifts.stream().map(s -> s.item() + " " + s.from() + " -> " + s.to()
                            + (s.activitiesAdded().isEmpty() ? "" : " (activities added " + s.activitiesAdded()
                            + ")")).toList());
            triggers.add(new Trigger(TriggerKind.CONTROL_EFFECTIVENESS, review.id(), review.items(),
                    evidence.events(review.id()), String.format(Locale.ROOT, "control %s does not perform as "
                            + "claimed: observed rate of %s for %s is %.3g %s, above the upper bound %.3g of %s, "
                            + "the level %s claims to reduce to; reclassified without its credit: %s",
                            controlId, options.parameters().eventOfInterest().words(), review.id(),
                            review.observedRate(), options.exposure().probabilityUnit().words(), bound.get(),
                            control.reducesTo(), controlId, changes),
                    action + ": verify control " + controlId + " and reassess the classification without its credit",
                    shifts));
        }
        return triggers;
    }

    /**
     * The class changes when the hazard no longer credits the control (other hazards keep it), against the
     * model's classification as {@code assessed}.
     */
    static List<Trigger.ClassShift> reclassifyWithout(SafetyModel model, ClassificationResult assessed,
                                                      Hazard hazard, String controlId) {
        Comparison comparison = ClassComparison.compare(assessed,
                Map.of("without " + controlId + " for " + hazard.id(), model.withoutCredit(hazard.id(), controlId)));
        Table table = comparison.table();
        List<Trigger.ClassShift> shifts = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            shifts.add(new Trigger.ClassShift(table.getString(row, "item"), table.getString(row, "from"),
                    table.getString(row, "to"), table.getString(row, "activities added")));
        }
        return shifts;
    }
}
