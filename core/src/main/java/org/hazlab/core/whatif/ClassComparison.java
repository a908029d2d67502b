package org.hazlab.core.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.classify.activities.ActivityChange;
import org.hazlab.core.model.SafetyModel;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Compares the classification of a baseline with that of scenarios: which items change class, why (the
 * "because" of the new path next to the old one), and what it means for the work (IEC 62304 Table A.1
 * activities added and dropped, 8.2.2). Items present in only one of the two models are reported as added
 * ("-" before) or removed ("-" after).
 */
public final class ClassComparison {

    private ClassComparison() {
    }

    /** One scenario under the default scheme. */
    public static Comparison compare(SafetyModel baseline, String name, SafetyModel scenario) {
        Map<String, SafetyModel> one = new LinkedHashMap<>();
        one.put(name, scenario);
        return compare(baseline, one, Classifications.schemeIds().get(0));
    }

    /**
     * Several scenarios at once, in the map's order.
     *
     * @param schemeId a scheme of the standard registry
     */
    public static Comparison compare(SafetyModel baseline, Map<String, SafetyModel> scenarios, String schemeId) {
        return compare(Classifications.run(baseline, schemeId), scenarios);
    }

    /**
     * The same against a baseline already classified ({@code before}, under the scheme the scenarios are then
     * classified with): a periodic review compares two dozen scenarios with one baseline.
     */
    public static Comparison compare(ClassificationResult before, Map<String, SafetyModel> scenarios) {
        String schemeId = before.schemeId();
        Map<String, ItemClassification> old = before.byId();
        ActivityCatalogue catalogue = ActivityCatalogue.iec62304();
        StringColumn scenario = StringColumn.create("scenario");
        StringColumn item = StringColumn.create("item");
        StringColumn name = StringColumn.create("name");
        StringColumn from = StringColumn.create("from");
        StringColumn to = StringColumn.create("to");
        StringColumn because = StringColumn.create("because");
        StringColumn was = StringColumn.create("was");
        StringColumn added = StringColumn.create("activities added");
        StringColumn dropped = StringColumn.create("activities dropped");
        Map<String, Integer> unchanged = new LinkedHashMap<>();
        for (Map.Entry<String, SafetyModel> entry : scenarios.entrySet()) {
            ClassificationResult after = Classifications.run(entry.getValue(), schemeId);
            Map<String, ItemClassification> now = after.byId();
            List<String> ids = new ArrayList<>(now.keySet());
            old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(ids::add);
            int same = 0;
            for (String id : ids) {
                ItemClassification a = old.get(id);
                ItemClassification b = now.get(id);
                String fromLabel = a == null ? "-" : a.label();
                String toLabel = b == null ? "-" : b.label();
                if (fromLabel.equals(toLabel)) {
                    same++;
                    continue;
                }
                scenario.append(entry.getKey());
                item.append(id);
                name.append(b != null ? b.name() : a.name());
                from.append(fromLabel);
                to.append(toLabel);
                because.append(b == null ? "removed in the scenario" : b.because());
                was.append(a == null ? "not in the baseline" : a.because());
                ActivityChange change = activityChange(catalogue, a, b);
                added.append(change == null ? "" : clauses(change.added()));
                dropped.append(change == null ? "" : clauses(change.dropped()));
            }
            unchanged.put(entry.getKey(), same);
        }
        Table table = Table.create("changed classes (" + before.schemeName() + ")", scenario, item, name, from, to,
                because, was, added, dropped);
        return new Comparison(schemeId, table, unchanged);
    }

    private static ActivityChange activityChange(ActivityCatalogue catalogue, ItemClassification a,
                                                 ItemClassification b) {
        SafetyClass fromClass = a == null ? null : a.safetyClass().orElse(null);
        SafetyClass toClass = b == null ? null : b.safetyClass().orElse(null);
        if (fromClass == null && toClass == null) {
            return null;
        }
        if (fromClass == null) {
            return new ActivityChange(null, toClass, catalogue.requiredFor(toClass), List.of());
        }
        if (toClass == null) {
            return new ActivityChange(fromClass, null, List.of(), catalogue.requiredFor(fromClass));
        }
        return catalogue.change(fromClass, toClass);
    }

    private static String clauses(List<Activity> activities) {
        if (activities.isEmpty()) {
            return "";
        }
        return activities.size() + ": " + String.join(", ", activities.stream().map(Activity::clause).toList());
    }

    static List<String> order(Map<String, Integer> unchanged, List<String> changedNames) {
        List<String> names = new ArrayList<>(unchanged.keySet());
        changedNames.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }
}
