package org.hazlab.core.classify.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Checks on risk controls: a control claimed external although a software item of this very system implements
 * it (IEC 62304 counts only controls external to the software system), a control of a creditable kind listed on
 * a hazard that states no effect (so it cannot be credited; labelling only when the options credit labelling), and
 * a control no hazard uses.
 */
final class ControlChecks implements AuditCheck {

    @Override
    public void check(AuditContext context, List<Problem> out) {
        SafetyModel model = context.model();
        Set<String> used = new HashSet<>();
        model.hazards().forEach(h -> used.addAll(h.controls()));
        for (RiskControl control : model.controls()) {
            if (control.external() && control.implementedBy() != null) {
                List<SourceLocation> related = new java.util.ArrayList<>();
                model.item(control.implementedBy()).ifPresent(i -> related.add(i.origin().row()));
                model.hazards().stream().filter(h -> h.controls().contains(control.id()))
                        .map(h -> h.origin().row()).forEach(related::add);
                out.add(Problem.warning("external-control-in-software", control.origin().at("external"),
                                "control '" + control.id() + "' is marked external but is implemented by software item '"
                                        + control.implementedBy() + "' of this system")
                        .value(control.implementedBy()).related(related)
                        .hint("an external control must sit outside the software system (hardware, an independent "
                                + "system, a clinical procedure); it is not credited in the classification").build());
            }
            boolean creditableKind = control.kind() != ControlKind.SOFTWARE && (control.kind() != ControlKind.LABELLING
                    || model.policy().classification().creditLabelling());
            if (used.contains(control.id()) && creditableKind && !control.hasStatedEffect()) {
                List<SourceLocation> related = model.hazards().stream()
                        .filter(h -> h.controls().contains(control.id())).map(h -> h.origin().row()).toList();
                out.add(Problem.warning("control-without-effect", control.origin().at("reduces"),
                                "control '" + control.id() + "' is listed on hazard"
                                        + (related.size() > 1 ? "s " : " ") + hazardIds(model, control.id())
                                        + " but states no effect; it is not credited in the classification")
                        .related(related).expected("reduces (severity or probability) with reduces_to or reduces_by")
                        .hint("state what the control lowers and to which level or by how many levels").build());
            }
            if (!used.contains(control.id())) {
                out.add(Problem.warning("control-mitigates-nothing", control.origin().row(),
                                "control '" + control.id() + "' is not applied to any hazard")
                        .hint("list it in the controls of the hazards it mitigates, or remove it").build());
            }
        }
    }

    private static String hazardIds(SafetyModel model, String controlId) {
        return String.join(", ", model.hazards().stream().filter(h -> h.controls().contains(controlId))
                .map(h -> h.id()).toList());
    }
}
