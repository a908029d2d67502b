package org.hazlab.core.trace.gaps;

import java.util.Optional;
import org.hazlab.core.classify.SafetyClass;

/**
 * The highest class whose activities an item's evidence completes, next to the class it has. An item whose
 * evidence is complete for a lower class only is what an auditor finds after a reclassification upwards.
 *
 * @param item          item id
 * @param itemClass     the class it has
 * @param evidencedFor  the highest class whose activities all have evidence, or null for none
 */
public record ClassEvidence(String item, SafetyClass itemClass, SafetyClass evidencedFor) {

    public Optional<SafetyClass> evidenced() {
        return Optional.ofNullable(evidencedFor);
    }

    /** Evidence complete for some lower class but not for its own. */
    public boolean lowerOnly() {
        return evidencedFor != null && evidencedFor.lowerThan(itemClass);
    }
}
