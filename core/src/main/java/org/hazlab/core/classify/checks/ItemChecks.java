package org.hazlab.core.classify.checks;

import java.util.List;
import java.util.Optional;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.problem.Problem;

/**
 * Checks on items: segregation claimed without a rationale (explicitly, or implicitly by recording a class below
 * the parent's), and a class recorded by hand that is lower than the computed one.
 */
final class ItemChecks implements AuditCheck {

    @Override
    public void check(AuditContext context, List<Problem> out) {
        SafetyModel model = context.model();
        for (SoftwareItem item : model.items()) {
            if (item.segregated() && !item.hasSegregationRationale()) {
                out.add(Problem.warning("segregation-without-rationale", item.origin().at("segregated"),
                        "item '" + item.id() + "' claims segregation without a rationale; it is not credited").build());
            }
            Optional<SafetyClass> recorded = SafetyClass.parse(item.recordedClass());
            Optional<SafetyClass> computed = context.result().item(item.id()).flatMap(ItemClassification::safetyClass);
            if (recorded.isPresent() && computed.isPresent() && recorded.get().lowerThan(computed.get())) {
                out.add(Problem.warning("recorded-class-below-computed", item.origin().at("recorded_class"),
                                "item '" + item.id() + "' is recorded as class " + recorded.get()
                                        + " but the classification gives " + computed.get() + ": "
                                        + context.result().item(item.id()).orElseThrow().because())
                        .value(item.recordedClass()).expected("class " + computed.get() + " or higher")
                        .hint("raise the recorded class, or add the external control or segregation that "
                                + "justifies it").build());
            }
            Optional<SoftwareItem> parent = item.parentId().flatMap(model::item);
            Optional<SafetyClass> parentRecorded = parent.flatMap(p -> SafetyClass.parse(p.recordedClass()));
            if (recorded.isPresent() && parentRecorded.isPresent() && recorded.get().lowerThan(parentRecorded.get())
                    && !item.hasSegregationRationale()) {
                out.add(Problem.warning("implicit-segregation-without-rationale", item.origin().at("recorded_class"),
                                "item '" + item.id() + "' is recorded as class " + recorded.get() + ", below its parent '"
                                        + parent.get().id() + "' (class " + parentRecorded.get()
                                        + "), without a segregation rationale")
                        .related(List.of(parent.get().origin().at("recorded_class")))
                        .hint("IEC 62304 4.3: an item inherits its parent's class unless a segregation rationale "
                                + "says otherwise").build());
            }
        }
    }
}
