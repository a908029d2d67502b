package org.hazlab.core.classify.schemes;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.DecisionPath;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.ItemTree;
import org.hazlab.core.classify.Outcome;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.Problem;

/**
 * Builds the result of a scheme that classifies the device as a whole (IMDRF, MDR Rule 11, FDA): the system row
 * carries the decision path, and each item row says it takes the device's category, so the side-by-side table
 * still has one row per item.
 */
final class DeviceLevelResult {

    private DeviceLevelResult() {
    }

    static ClassificationResult of(ClassificationScheme scheme, SafetyModel model, Outcome outcome,
                                   List<DecisionStep> steps, String because, List<Problem> warnings) {
        String systemId = model.system().id();
        String becauseLine = outcome.label() + " because " + because;
        ItemClassification system = new ItemClassification(systemId, model.system().name(), "", 0, true, outcome,
                new DecisionPath(steps, becauseLine));
        DecisionPath itemPath = new DecisionPath(List.of(DecisionStep.simple(StepKind.DEVICE_LEVEL,
                List.of(systemId), outcome.label(), scheme.displayName()
                        + " classifies the device as a whole; every item takes its category, " + outcome.label() + ".")),
                becauseLine);
        List<ItemClassification> items = new ArrayList<>(model.items().size());
        for (ItemTree.Node node : ItemTree.preorder(model)) {
            String parent = node.item().parent() == null ? systemId : node.item().parent();
            items.add(new ItemClassification(node.item().id(), node.item().name(), parent, node.depth(), false,
                    outcome, itemPath));
        }
        return new ClassificationResult(scheme.id(), scheme.displayName(), system, items, List.of(), warnings);
    }

    /** The outcome and because-phrase when inputs are missing. */
    static ClassificationResult undetermined(ClassificationScheme scheme, SafetyModel model, ProfileInputs inputs) {
        Outcome.Undetermined outcome = new Outcome.Undetermined(inputs.missing(),
                "set the workspace attribute" + (inputs.missing().size() > 1 ? "s " : " ")
                        + String.join(", ", inputs.missing()));
        Problem warning = Problem.warning("scheme-input-missing", null, scheme.displayName()
                + " cannot classify: " + inputs.problemWords()).hint("docs/method.md lists the attributes").build();
        return of(scheme, model, outcome, inputs.steps(), "inputs are missing: " + inputs.problemWords(),
                List.of(warning));
    }
}
