package org.hazlab.core.classify.iec62304;

import java.util.Optional;
import java.util.Set;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskControl;

/**
 * Decides whether a risk control may lower a software safety class. IEC 62304 counts only controls external to
 * the software system (hardware, an independent system, a human or clinical procedure); the 2006 edition counted
 * hardware only. A control is credited only when it is of a creditable kind, is marked external, is not
 * implemented by a software item of this system, and says what it reduces and to which level or by how many levels.
 *
 * @param creditableKinds the control kinds this edition credits
 */
public record ControlCredit(Set<ControlKind> creditableKinds) {

    /** IEC 62304:2006+A1:2015: hardware, independent system, human/clinical procedure. */
    public static final ControlCredit A1 = new ControlCredit(
            Set.of(ControlKind.HARDWARE, ControlKind.INDEPENDENT_SYSTEM, ControlKind.HUMAN));

    /** A1 with labelling also credited (an option, off by default). */
    public static final ControlCredit A1_WITH_LABELLING = new ControlCredit(Set.of(ControlKind.HARDWARE,
            ControlKind.INDEPENDENT_SYSTEM, ControlKind.HUMAN, ControlKind.LABELLING));

    /** IEC 62304:2006: hardware only. */
    public static final ControlCredit EDITION_2006 = new ControlCredit(Set.of(ControlKind.HARDWARE));

    /** The A1 credit under a policy's options (labelling credited only when the option says so). */
    public static ControlCredit a1(org.hazlab.core.policy.ClassificationOptions options) {
        return options.creditLabelling() ? A1_WITH_LABELLING : A1;
    }

    public ControlCredit {
        creditableKinds = Set.copyOf(creditableKinds);
    }

    /** Empty when the control is credited; otherwise the reason in a few words. */
    public Optional<String> reasonNotCredited(RiskControl control) {
        if (control.kind() == ControlKind.SOFTWARE) {
            return Optional.of("implemented in the software, never lowers the class");
        }
        if (control.implementedBy() != null) {
            return Optional.of("implemented by software item " + control.implementedBy() + " of this system");
        }
        if (!creditableKinds.contains(control.kind())) {
            return Optional.of(control.kind() == ControlKind.LABELLING
                    ? "labelling is not credited for classification"
                    : control.kind() + " controls are not credited by this edition");
        }
        if (!control.external()) {
            return Optional.of("not marked external to the software system");
        }
        if (!control.hasStatedEffect()) {
            return Optional.of("states no effect (reduces with reduces_to or reduces_by)");
        }
        return Optional.empty();
    }
}
