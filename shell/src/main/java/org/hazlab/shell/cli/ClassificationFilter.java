package org.hazlab.shell.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;

/**
 * Narrows a classification to one item for {@code --item}: the result keeps its shape (the system row, the one
 * item, the hazards its path considered), so every renderer and the JSON schema apply unchanged.
 */
final class ClassificationFilter {

    private ClassificationFilter() {
    }

    static ClassificationResult toItem(ClassificationResult result, String itemId) {
        ItemClassification row = result.item(itemId).orElseThrow();
        Set<String> hazards = new HashSet<>();
        for (DecisionStep step : row.path().steps()) {
            hazards.addAll(step.hazards());
        }
        List<ItemClassification> items = row.system() ? List.of() : List.of(row);
        return new ClassificationResult(result.schemeId(), result.schemeName(), result.system(), items,
                result.hazards().stream().filter(h -> hazards.contains(h.hazardId())).toList(),
                result.warnings().stream().filter(w -> w.message().contains(itemId)).toList(), result.options());
    }
}
