package org.hazlab.core.review.trigger;

import java.util.List;

/**
 * One reassessment trigger with its evidence: the hazard and items concerned, the incident ids that support it
 * (for audit: an auditor can open each report), what was found, the recommended action and, when the trigger
 * reclassifies, the class changes it shows.
 *
 * @param kind         what kind of trigger
 * @param hazard       the hazard concerned, or "" (class changes name the item)
 * @param items        the software items concerned
 * @param evidence     ids of the incident reports supporting the trigger (in file order)
 * @param finding      one sentence: what the data shows against what was assumed
 * @param action       the recommended action ("reassess hazard HZ-010 and items IPC-OCC, IPC-ALM")
 * @param classChanges the class changes of a reclassification the trigger made (empty for most kinds)
 */
public record Trigger(TriggerKind kind, String hazard, List<String> items, List<String> evidence, String finding,
                      String action, List<ClassShift> classChanges) {

    public Trigger {
        items = List.copyOf(items);
        evidence = List.copyOf(evidence);
        classChanges = List.copyOf(classChanges);
    }

    public Trigger(TriggerKind kind, String hazard, List<String> items, List<String> evidence, String finding,
                   String action) {
        this(kind, hazard, items, evidence, finding, action, List.of());
    }

    /**
     * One item's class change in a reclassification.
     *
     * @param item            item id
     * @param from            class before
     * @param to              class after
     * @param activitiesAdded IEC 62304 activities the new class adds ("5: 5.1.4, 5.3.5, ..."), or ""
     */
    public record ClassShift(String item, String from, String to, String activitiesAdded) {
    }
}
