package org.hazlab.core.trace.gaps;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.StringColumn;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.Table;

/**
 * What a change costs in evidence: the activities without evidence in the later report (a what-if scenario, a
 * new release) that were not gaps in the earlier one, because an item's class rose or the item is new. Activities
 * alone say what must be done; this says what is not done yet.
 *
 * @param before      the earlier report's name
 * @param after       the later report's name
 * @param newlyMissing activities without evidence after the change that were evidenced or not required before
 * @param classBefore item id to its class before (absent for new items)
 */
public record GapDelta(String before, String after, List<ItemActivity> newlyMissing, Map<String, String> classBefore) implements TableView {

    public GapDelta {
        newlyMissing = List.copyOf(newlyMissing);
        classBefore = Map.copyOf(classBefore);
    }

    public static GapDelta between(GapReport earlier, GapReport later) {
        Set<String> missingBefore = earlier.missingActivities().stream().map(GapDelta::key).collect(Collectors.toSet());
        List<ItemActivity> fresh = later.missingActivities().stream()
                .filter(a -> !missingBefore.contains(key(a))).toList();
        Map<String, String> classes = earlier.classEvidence().stream()
                .collect(Collectors.toMap(ClassEvidence::item, c -> c.itemClass().name(), (a, b) -> a));
        return new GapDelta(earlier.name(), later.name(), fresh, classes);
    }

    private static String key(ItemActivity activity) {
        return activity.item() + " " + activity.clause();
    }

    public boolean isEmpty() {
        return newlyMissing.isEmpty();
    }

    /** Item, class before, class after, clause, activity, state. */
    @Override
    public Table table() {
        StringColumn item = StringColumn.create("item");
        StringColumn from = StringColumn.create("class before");
        StringColumn to = StringColumn.create("class after");
        StringColumn clause = StringColumn.create("clause");
        StringColumn activity = StringColumn.create("activity");
        StringColumn state = StringColumn.create("state");
        for (ItemActivity row : newlyMissing) {
            item.append(row.item());
            from.append(classBefore.getOrDefault(row.item(), "(new)"));
            to.append(row.itemClass().name());
            clause.append(row.clause());
            activity.append(row.title());
            state.append(row.state().key());
        }
        return Table.create("evidence missing after " + after + " (not missing in " + before + ")", item, from, to,
                clause, activity, state);
    }

    /** Per item: how many activities newly lack evidence. */
    public Map<String, Long> perItem() {
        return newlyMissing.stream().collect(Collectors.groupingBy(ItemActivity::item,
                java.util.TreeMap::new, Collectors.counting()));
    }


    /** The activities newly without evidence, as text. */
    @Override
    public String toString() {
        return org.hazlab.core.trace.doc.DocText.render(new org.hazlab.core.trace.doc.Doc.Builder(
                "Evidence cost: " + before + " -> " + after)
                .paragraph(newlyMissing.size() + " activities would lack evidence that do not today.")
                .table(table(), "No activity would lack evidence.").build());
    }
}
