package org.hazlab.core.review.trigger;

import java.util.List;

/**
 * One reassessment trigger with its evidence: the hazard and items concerned, the incident ids that support it
 * (for audit: an auditor can open each report), what was found, and the recommended action.
 *
 * @param kind     what kind of trigger
 * @param hazard   the hazard concerned, or "" (class changes name the item)
 * @param items    the software items concerned
 * @param evidence ids of the incident reports supporting the trigger (in file order)
 * @param finding  one sentence: what the data shows against what was assumed
 * @param action   the recommended action ("reassess hazard HZ-010 and items IPC-OCC, IPC-ALM")
 */
public record Trigger(TriggerKind kind, String hazard, List<String> items, List<String> evidence, String finding,
                      String action) {

    public Trigger {
        items = List.copyOf(items);
        evidence = List.copyOf(evidence);
    }
}
