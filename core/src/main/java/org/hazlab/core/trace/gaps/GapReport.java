package org.hazlab.core.trace.gaps;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.Table;

/**
 * The gaps of a workspace (or a scenario) as data: every activity each item's class requires with its evidence,
 * every risk control with its requirements and verifications, hazards with unimplemented controls, and items
 * whose evidence completes a lower class only. The tables are what the shell shows and the CLI renders.
 *
 * @param name          workspace or scenario name
 * @param activities    one row per item and required activity, items in model order, clauses in Table A.1 order
 * @param controls      one row per risk control, in file order
 * @param hazards       hazards with a control no requirement implements
 * @param classEvidence one row per item
 * @param tablesPresent which traceability tables the workspace has
 */
public record GapReport(String name, List<ItemActivity> activities, List<ControlCoverage> controls,
                        List<HazardGap> hazards, List<ClassEvidence> classEvidence, Set<String> tablesPresent) implements TableView {

    public GapReport {
        activities = List.copyOf(activities);
        controls = List.copyOf(controls);
        hazards = List.copyOf(hazards);
        classEvidence = List.copyOf(classEvidence);
        tablesPresent = Set.copyOf(tablesPresent);
    }

    public List<ItemActivity> missingActivities() {
        return activities.stream().filter(a -> a.state().gap()).toList();
    }

    public List<ControlCoverage> uncoveredControls() {
        return controls.stream().filter(c -> c.state().gap()).toList();
    }

    public List<ClassEvidence> lowerClassOnly() {
        return classEvidence.stream().filter(ClassEvidence::lowerOnly).toList();
    }

    /** Activities without evidence + controls not covered + hazards not implemented + lower-class items. */
    public int gapCount() {
        return missingActivities().size() + uncoveredControls().size() + hazards.size() + lowerClassOnly().size();
    }

    public boolean hasGaps() {
        return gapCount() > 0;
    }

    /** The report restricted to one item (its activities, class evidence and the controls it implements). */
    public GapReport forItem(String itemId, Set<String> controlsOfItem) {
        return new GapReport(name,
                activities.stream().filter(a -> a.item().equals(itemId)).toList(),
                controls.stream().filter(c -> controlsOfItem.contains(c.control())).toList(),
                hazards.stream().filter(h -> h.notImplemented().stream().anyMatch(controlsOfItem::contains)).toList(),
                classEvidence.stream().filter(c -> c.item().equals(itemId)).toList(), tablesPresent);
    }

    /** Per item: class, activities required, evidenced, incomplete, missing, and the class its evidence completes. */
    public Table summary() {
        StringColumn item = StringColumn.create("item");
        StringColumn safetyClass = StringColumn.create("class");
        IntColumn required = IntColumn.create("required");
        IntColumn evidenced = IntColumn.create("evidenced");
        IntColumn incomplete = IntColumn.create("incomplete");
        IntColumn missing = IntColumn.create("missing");
        StringColumn complete = StringColumn.create("evidence complete for");
        for (ClassEvidence row : classEvidence) {
            List<ItemActivity> mine = activities.stream().filter(a -> a.item().equals(row.item())).toList();
            item.append(row.item());
            safetyClass.append(row.itemClass().name());
            required.append(mine.size());
            evidenced.append((int) mine.stream().filter(a -> a.state() == ActivityState.EVIDENCED).count());
            incomplete.append((int) mine.stream().filter(a -> a.state() == ActivityState.INCOMPLETE).count());
            missing.append((int) mine.stream().filter(a -> a.state() == ActivityState.MISSING).count());
            complete.append(row.evidenced().map(c -> "class " + c).orElse("none"));
        }
        return Table.create("gaps per item: " + name, item, safetyClass, required, evidenced, incomplete, missing,
                complete);
    }

    /** Activities that have no complete evidence: item, class, clause, title, state, evidence. */
    public Table missingTable() {
        return activityTable("activities without evidence: " + name, missingActivities());
    }

    /** Every required activity with its state. */
    public Table activityTable() {
        return activityTable("required activities: " + name, activities);
    }

    private static Table activityTable(String title, List<ItemActivity> rows) {
        StringColumn item = StringColumn.create("item");
        StringColumn safetyClass = StringColumn.create("class");
        StringColumn clause = StringColumn.create("clause");
        StringColumn activity = StringColumn.create("activity");
        StringColumn state = StringColumn.create("state");
        StringColumn evidence = StringColumn.create("evidence");
        for (ItemActivity row : rows) {
            item.append(row.item());
            safetyClass.append(row.itemClass().name());
            clause.append(row.clause());
            activity.append(row.title());
            state.append(row.state().key());
            evidence.append(String.join("; ", row.evidence()));
        }
        return Table.create(title, item, safetyClass, clause, activity, state, evidence);
    }

    /** Every risk control: hazards, requirements, verifications, state. */
    public Table controlTable() {
        StringColumn control = StringColumn.create("control");
        StringColumn kind = StringColumn.create("kind");
        StringColumn hazardIds = StringColumn.create("hazards");
        StringColumn requirements = StringColumn.create("requirements");
        StringColumn verifications = StringColumn.create("verifications");
        StringColumn state = StringColumn.create("state");
        for (ControlCoverage row : controls) {
            control.append(row.control());
            kind.append(row.kind());
            hazardIds.append(String.join(";", row.hazards()));
            requirements.append(String.join(";", row.requirements()));
            verifications.append(String.join(";", row.verifications()));
            state.append(row.state().toString());
        }
        return Table.create("risk controls: " + name, control, kind, hazardIds, requirements, verifications, state);
    }

    /** Hazards whose controls are not all implemented by a requirement. */
    public Table hazardTable() {
        StringColumn hazard = StringColumn.create("hazard");
        StringColumn title = StringColumn.create("title");
        StringColumn controlIds = StringColumn.create("controls not implemented");
        for (HazardGap row : hazards) {
            hazard.append(row.hazard());
            title.append(row.title());
            controlIds.append(String.join(";", row.notImplemented()));
        }
        return Table.create("hazards with unimplemented controls: " + name, hazard, title, controlIds);
    }

    /** Items whose evidence completes a lower class than theirs. */
    public Table lowerClassTable() {
        StringColumn item = StringColumn.create("item");
        StringColumn safetyClass = StringColumn.create("class");
        StringColumn complete = StringColumn.create("evidence complete for");
        for (ClassEvidence row : lowerClassOnly()) {
            item.append(row.item());
            safetyClass.append(row.itemClass().name());
            complete.append("class " + row.evidencedFor().name());
        }
        return Table.create("items with evidence for a lower class only: " + name, item, safetyClass, complete);
    }

    /** Counts by kind, for a one-line summary. */
    public String counts() {
        return missingActivities().size() + " activities without evidence, " + uncoveredControls().size()
                + " risk controls not covered, " + hazards.size() + " hazards with unimplemented controls, "
                + lowerClassOnly().size() + " items with evidence for a lower class only";
    }

    static Set<String> ids(List<ItemActivity> rows) {
        return rows.stream().map(ItemActivity::item).collect(Collectors.toSet());
    }

    /** The table the shell shows for this result. */
    @Override
    public Table table() {
        return summary();
    }

    /** The whole report as text (what the shell and {@code show} print). */
    @Override
    public String toString() {
        return org.hazlab.core.trace.doc.DocText.render(GapDocument.of(this));
    }
}
