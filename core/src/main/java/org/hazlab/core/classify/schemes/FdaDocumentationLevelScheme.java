package org.hazlab.core.classify.schemes;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.Outcome;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.policy.Level;

/**
 * FDA "Content of Premarket Submissions for Device Software Functions" (June 2023), documentation level:
 * Enhanced when a failure of any software function could present a hazardous situation with a probable risk of
 * death or serious injury, judged before risk controls and for the device as a whole; Basic otherwise. Unlike
 * IEC 62304, no control, external or not, lowers the level. Software failure is taken as certain, so the
 * severity's harm category decides; a hazard without severity, or an item never analysed, counts as Enhanced.
 */
public final class FdaDocumentationLevelScheme implements ClassificationScheme {

    public static final String ID = "fda";

    /** The factors of the guidance this scheme does not model, written into every path (docs/method.md). */
    public static final String NOT_MODELLED = "Not modelled from the guidance: whether a hazardous situation is "
            + "\"probable\" (software failure is taken as certain instead), risks to users and others in the "
            + "environment of use that the hazard log does not name, device software functions outside this "
            + "workspace, and the sponsor's own rationale for the level; the level is the conservative reading of "
            + "the hazard log.";
    private static final List<String> CATEGORIES = List.of("Basic", "Enhanced");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "FDA 2023 documentation level";
    }

    @Override
    public List<String> categories() {
        return CATEGORIES;
    }

    @Override
    public ClassificationResult classify(SafetyModel model) {
        ProfileInputs inputs = new ProfileInputs(model.system());
        if (model.items().isEmpty() && model.hazards().isEmpty()) {
            inputs.step(DecisionStep.simple(StepKind.MISSING_INPUT, List.of(), "", "The workspace has neither "
                    + "software items nor hazards, so there is nothing to judge the documentation level on."));
            return DeviceLevelResult.of(this, model, new Outcome.Undetermined(List.of("hazards", "items"),
                    "load a hazard log and an item list"), notModelled(inputs), "the workspace has no hazards and no items",
                    List.of());
        }
        List<String> serious = model.hazards().stream().filter(h -> seriousBeforeControls(model, h))
                .map(Hazard::id).toList();
        if (!serious.isEmpty()) {
            Hazard first = model.hazard(serious.get(0)).orElseThrow();
            String severity = first.severity() == null ? "no severity (worst assumed)" : first.severity();
            inputs.step(new DecisionStep(StepKind.RULE, serious, List.of(), null,
                    "before controls: " + severity + " -> death or serious injury -> Enhanced", List.of(),
                    "Enhanced", "Before any risk control, a software failure in " + first.id() + " could lead to "
                    + "death or serious injury (" + severity + ")" + (serious.size() > 1 ? ", as in "
                    + (serious.size() - 1) + " other hazard" + (serious.size() > 2 ? "s" : "") : "")
                    + ", so the documentation level is Enhanced."));
            return DeviceLevelResult.of(this, model, new Outcome.Assigned("Enhanced", 2), notModelled(inputs),
                    "hazard " + first.id() + " could lead to death or serious injury before risk controls",
                    List.of());
        }
        List<String> unanalysed = model.items().stream().filter(item -> unanalysed(model, item))
                .map(SoftwareItem::id).toList();
        if (!unanalysed.isEmpty()) {
            inputs.step(DecisionStep.simple(StepKind.NOT_ANALYSED, unanalysed, "Enhanced", "No hazard reaches "
                    + "death or serious injury, but " + String.join(", ", unanalysed) + " " + (unanalysed.size() > 1
                    ? "have" : "has") + " not been analysed, so the level stays Enhanced until they are."));
            return DeviceLevelResult.of(this, model, new Outcome.Assigned("Enhanced", 2), notModelled(inputs),
                    "items " + String.join(", ", unanalysed) + " have not been analysed", List.of());
        }
        inputs.step(new DecisionStep(StepKind.RULE, model.hazards().stream().map(Hazard::id).toList(), List.of(),
                null, "before controls: no death or serious injury -> Basic", List.of(), "Basic", "Even before risk "
                + "controls, no software failure could lead to death or serious injury, so the documentation "
                + "level is Basic."));
        return DeviceLevelResult.of(this, model, new Outcome.Assigned("Basic", 1), notModelled(inputs),
                "no hazard could lead to death or serious injury even before risk controls", List.of());
    }

    private static List<DecisionStep> notModelled(ProfileInputs inputs) {
        inputs.step(DecisionStep.simple(StepKind.NOT_MODELLED, List.of(), "", NOT_MODELLED));
        return inputs.steps();
    }

    private static boolean seriousBeforeControls(SafetyModel model, Hazard hazard) {
        Level severity = model.severityOf(hazard).orElse(model.policy().severity().highest());
        HarmCategory harm = model.policy().harmOf(severity);
        return harm.isSeriousOrDeath();
    }

    /**
     * Not named by any hazard (directly or through a descendant), not declared unable to contribute, and not
     * implementing a risk control that a hazard uses.
     */
    private static boolean unanalysed(SafetyModel model, SoftwareItem item) {
        if (item.declaredNonContributing()) {
            return false;
        }
        boolean implementsUsedControl = model.controls().stream()
                .filter(c -> item.id().equals(c.implementedBy()))
                .anyMatch(c -> model.hazards().stream().anyMatch(h -> h.controls().contains(c.id())));
        return !implementsUsedControl
                && model.subtree(item.id()).stream().allMatch(i -> model.hazardsNaming(i.id()).isEmpty());
    }
}
