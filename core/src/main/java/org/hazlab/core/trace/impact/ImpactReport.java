package org.hazlab.core.trace.impact;

import java.util.List;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.trace.gaps.GapDelta;
import tech.tablesaw.api.StringColumn;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.Table;

/**
 * What changed between two versions of a workspace and what it does to the safety classification: elements
 * added, removed and changed field by field; classes that change with the reason before and after; the
 * activities added and dropped; and the evidence that becomes missing.
 *
 * @param before       label of the earlier version (a folder or REV:folder)
 * @param after        label of the later version
 * @param changes      element changes, by kind (items, hazards, controls, requirements, verifications)
 * @param classChanges items whose class changed, was added or was removed
 * @param evidence     activities without evidence after the change that were not gaps before
 */
public record ImpactReport(String before, String after, List<FieldChange> changes, List<ClassChange> classChanges,
                           GapDelta evidence) implements TableView {

    public ImpactReport {
        changes = List.copyOf(changes);
        classChanges = List.copyOf(classChanges);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && classChanges.isEmpty() && evidence.isEmpty();
    }

    /** kind, id, change, field, before, after. */
    public Table changeTable() {
        StringColumn kind = StringColumn.create("kind");
        StringColumn id = StringColumn.create("id");
        StringColumn change = StringColumn.create("change");
        StringColumn field = StringColumn.create("field");
        StringColumn from = StringColumn.create("before");
        StringColumn to = StringColumn.create("after");
        for (FieldChange row : changes) {
            kind.append(row.kind());
            id.append(row.id());
            change.append(row.change());
            field.append(row.field());
            from.append(row.before());
            to.append(row.after());
        }
        return Table.create("changes " + before + " -> " + after, kind, id, change, field, from, to);
    }

    /** item, before, after, because before, because after, activities added, dropped. */
    public Table classTable() {
        StringColumn item = StringColumn.create("item");
        StringColumn from = StringColumn.create("before");
        StringColumn to = StringColumn.create("after");
        StringColumn whyBefore = StringColumn.create("because before");
        StringColumn whyAfter = StringColumn.create("because after");
        StringColumn added = StringColumn.create("activities added");
        StringColumn dropped = StringColumn.create("activities dropped");
        for (ClassChange row : classChanges) {
            item.append(row.item());
            from.append(row.before());
            to.append(row.after());
            whyBefore.append(row.becauseBefore());
            whyAfter.append(row.becauseAfter());
            added.append(String.valueOf(row.added().size()));
            dropped.append(String.valueOf(row.dropped().size()));
        }
        return Table.create("class changes " + before + " -> " + after, item, from, to, whyBefore, whyAfter, added,
                dropped);
    }

    /**
     * item, change (added/dropped), clause, activity: one row per activity per item whose class changed. Added and
     * removed items are left out (all their activities come or go; the class table counts them).
     */
    public Table activityTable() {
        StringColumn item = StringColumn.create("item");
        StringColumn change = StringColumn.create("change");
        StringColumn clause = StringColumn.create("clause");
        StringColumn title = StringColumn.create("activity");
        for (ClassChange row : classChanges) {
            if (row.before().startsWith("(") || row.after().startsWith("(")) {
                continue;
            }
            for (Activity activity : row.added()) {
                item.append(row.item());
                change.append("added");
                clause.append(activity.clause());
                title.append(activity.title());
            }
            for (Activity activity : row.dropped()) {
                item.append(row.item());
                change.append("dropped");
                clause.append(activity.clause());
                title.append(activity.title());
            }
        }
        return Table.create("activities added and dropped " + before + " -> " + after, item, change, clause, title);
    }

    /** Activities that lose (or never get) evidence with the change. */
    public Table evidenceTable() {
        return evidence.table();
    }

    /** The table the shell shows for this result. */
    @Override
    public Table table() {
        return classTable();
    }

    /** The whole report as text (what the shell and {@code show} print). */
    @Override
    public String toString() {
        return org.hazlab.core.trace.doc.DocText.render(ImpactDocument.of(this));
    }
}
