package org.hazlab.core.trace.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.classify.activities.ActivityChange;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.trace.Traceability;
import org.hazlab.core.trace.gaps.GapDelta;
import org.hazlab.core.trace.gaps.Gaps;

/**
 * Computes the impact of a change between two versions of a workspace (two folders, two git revisions): what an
 * engineer needs before a release, and what IEC 62304 8.2.2 and 7.4 ask to assess after a change.
 */
public final class Impact {

    private Impact() {
    }

    /**
     * @param before label of the earlier version
     * @param after  label of the later version
     */
    public static ImpactReport between(String before, SafetyModel oldModel, Traceability oldTrace, String after,
                                       SafetyModel newModel, Traceability newTrace) {
        List<FieldChange> changes = new ArrayList<>();
        for (String kind : ElementFields.KINDS) {
            diff(kind, ElementFields.of(kind, oldModel, oldTrace), ElementFields.of(kind, newModel, newTrace),
                    changes);
        }
        ClassificationResult oldClasses = Classifications.run(oldModel);
        ClassificationResult newClasses = Classifications.run(newModel);
        List<ClassChange> classChanges = classChanges(oldClasses, newClasses);
        GapDelta evidence = GapDelta.between(Gaps.of(before, oldModel, oldTrace, oldClasses),
                Gaps.of(after, newModel, newTrace, newClasses));
        return new ImpactReport(before, after, changes, classChanges, evidence);
    }

    /** Class changes between two 62304 results, also used for the classification history of the record. */
    public static List<ClassChange> classChanges(ClassificationResult oldClasses, ClassificationResult newClasses) {
        ActivityCatalogue table = ActivityCatalogue.iec62304();
        Map<String, ItemClassification> oldRows = oldClasses.byId();
        Map<String, ItemClassification> newRows = newClasses.byId();
        List<ClassChange> result = new ArrayList<>();
        for (ItemClassification now : newRows.values()) {
            ItemClassification was = oldRows.get(now.id());
            if (was == null) {
                List<Activity> added = now.safetyClass().map(table::requiredFor).orElse(List.of());
                result.add(new ClassChange(now.id(), "(new)", now.label(), "", now.because(), added, List.of()));
            } else if (!was.label().equals(now.label())) {
                List<Activity> added = List.of();
                List<Activity> dropped = List.of();
                if (was.safetyClass().isPresent() && now.safetyClass().isPresent()) {
                    ActivityChange change = table.change(was.safetyClass().get(), now.safetyClass().get());
                    added = change.added();
                    dropped = change.dropped();
                }
                result.add(new ClassChange(now.id(), was.label(), now.label(), was.because(), now.because(), added,
                        dropped));
            }
        }
        for (ItemClassification was : oldRows.values()) {
            if (!newRows.containsKey(was.id())) {
                List<Activity> dropped = was.safetyClass().map(table::requiredFor).orElse(List.of());
                result.add(new ClassChange(was.id(), was.label(), "(removed)", was.because(), "", List.of(),
                        dropped));
            }
        }
        return result;
    }

    private static void diff(String kind, Map<String, Map<String, String>> before,
                             Map<String, Map<String, String>> after, List<FieldChange> changes) {
        for (var entry : after.entrySet()) {
            Map<String, String> old = before.get(entry.getKey());
            if (old == null) {
                changes.add(new FieldChange(kind, entry.getKey(), "added", "", "", summary(entry.getValue())));
                continue;
            }
            for (var field : entry.getValue().entrySet()) {
                String was = old.getOrDefault(field.getKey(), "");
                if (!was.equals(field.getValue())) {
                    changes.add(new FieldChange(kind, entry.getKey(), "changed", field.getKey(), was,
                            field.getValue()));
                }
            }
        }
        for (var entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                changes.add(new FieldChange(kind, entry.getKey(), "removed", "", summary(entry.getValue()), ""));
            }
        }
    }

    /** The first non-empty field, to say what an added or removed element was. */
    private static String summary(Map<String, String> fields) {
        return fields.values().stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
    }

}
