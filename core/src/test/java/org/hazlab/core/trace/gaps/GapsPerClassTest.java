package org.hazlab.core.trace.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.trace.TraceWorkspaces;
import org.hazlab.core.whatif.Change;
import org.hazlab.core.whatif.Scenario;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gaps for items of class A, B and C: the activities Table A.1 requires of each class, evidence by the item or by
 * the system, controls without requirement or passing verification, and evidence complete for a lower class.
 */
class GapsPerClassTest {

    private static final ActivityCatalogue TABLE_A1 = ActivityCatalogue.iec62304();

    @TempDir
    Path dir;

    /** Evidence rows: every clause of a class for an item, as CSV lines. */
    private static String evidence(String item, SafetyClass safetyClass, String... except) {
        return TABLE_A1.requiredFor(safetyClass).stream().map(Activity::clause)
                .filter(clause -> !List.of(except).contains(clause))
                .map(clause -> item + "," + clause + ",DOC-" + item + "," + "done")
                .collect(Collectors.joining("\n"));
    }

    private GapReport gaps() throws Exception {
        Workspace workspace = WorkspaceLoader.load(dir);
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        return Gaps.of("abc", workspace.safetyModel().orElseThrow(), workspace.traceability());
    }

    @Test
    void eachClassRequiresItsOwnActivities() throws Exception {
        TraceWorkspaces.abc(dir);
        GapReport report = gaps();
        for (String item : List.of("X-A", "X-B", "X-C")) {
            SafetyClass expected = SafetyClass.valueOf(item.substring(2));
            List<ItemActivity> rows = report.activities().stream().filter(a -> a.item().equals(item)).toList();
            assertEquals(TABLE_A1.requiredFor(expected).size(), rows.size(), item);
            assertTrue(rows.stream().allMatch(a -> a.itemClass() == expected && a.state() == ActivityState.MISSING));
        }
        assertTrue(TABLE_A1.requiredFor(SafetyClass.A).size() < TABLE_A1.requiredFor(SafetyClass.C).size());
        assertEquals(3, report.uncoveredControls().size(), "no requirements table: nothing is implemented");
        assertEquals(3, report.hazards().size());
        assertTrue(report.lowerClassOnly().isEmpty(), "no evidence at all is not 'evidence for a lower class'");
    }

    @Test
    void systemEvidenceCoversEveryItemAndGapsAreWhatIsLeft() throws Exception {
        TraceWorkspaces.abc(dir);
        TraceWorkspaces.write(dir, "evidence.csv", "item,clause,evidence,status\n"
                + evidence("SYSTEM", SafetyClass.C, "5.4.2", "5.5.4", "5.5.5") + "\n"
                + "X-B,5.5.5,UVR-B,done\n"
                + "X-C,5.5.5,UVR-C,in-progress\n"
                + evidence("X", SafetyClass.C) + "\n");
        TraceWorkspaces.write(dir, "requirements.csv", """
                id,text,items,controls
                R-A,check A,X-A,RC-A
                R-B,check B,X-B,RC-B
                R-C,check C,X-C,RC-C
                """);
        TraceWorkspaces.write(dir, "verifications.csv", """
                id,verifies,result
                T-A,R-A,pass
                T-B,RC-B,fail
                T-C1,R-C,not-run
                T-C2,RC-C,pass
                """);
        GapReport report = gaps();
        assertEquals(List.of(), report.activities().stream().filter(a -> a.item().equals("X-A") && a.state().gap())
                .toList(), "class A needs none of the clauses left out");
        assertEquals(List.of("X-C 5.4.2 missing", "X-C 5.5.4 missing", "X-C 5.5.5 incomplete"),
                report.missingActivities().stream().map(a -> a.item() + " " + a.clause() + " " + a.state().key())
                        .toList());
        assertEquals(List.of("RC-B failed"), report.uncoveredControls().stream()
                .map(c -> c.control() + " " + c.state()).toList(), "a passing test of the control or of its "
                + "requirement covers it");
        assertTrue(report.hazards().isEmpty());
        assertEquals(List.of("X-C"), report.lowerClassOnly().stream().map(ClassEvidence::item).toList());
        assertEquals(SafetyClass.A, report.lowerClassOnly().get(0).evidencedFor(), "5.5.5 is a class B activity");
        assertEquals(5, report.gapCount(), "3 activities + 1 control + 1 item with lower-class evidence");
        GapReport onlyC = WorkspaceGaps.of(WorkspaceLoader.load(dir), "X-C").orElseThrow();
        assertEquals(3, onlyC.missingActivities().size());
        assertEquals(List.of("RC-C"), onlyC.controls().stream().map(ControlCoverage::control).toList());
        assertTrue(WorkspaceGaps.of(WorkspaceLoader.load(dir), "NOPE").isEmpty());
    }

    @Test
    void aScenarioThatRaisesAClassCostsTheEvidenceOfTheHigherClass() throws Exception {
        TraceWorkspaces.abc(dir);
        TraceWorkspaces.write(dir, "evidence.csv", "item,clause,evidence,status\n"
                + evidence("X", SafetyClass.C) + "\n" + evidence("X-A", SafetyClass.A) + "\n" + evidence("X-B", SafetyClass.B) + "\n"
                + evidence("X-C", SafetyClass.C) + "\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        SafetyModel baseline = workspace.safetyModel().orElseThrow();
        GapReport before = Gaps.of("baseline", baseline, workspace.traceability());
        assertTrue(before.missingActivities().isEmpty(), before.toString());
        SafetyModel worse = Scenario.of("A becomes C", new Change.SetSeverity("HZ-A", "Catastrophic"))
                .applyTo(baseline);
        GapReport after = Gaps.of("A becomes C", worse, workspace.traceability());
        GapDelta cost = GapDelta.between(before, after);
        int expected = TABLE_A1.change(SafetyClass.A, SafetyClass.C).added().size();
        assertEquals(expected, cost.newlyMissing().size());
        assertTrue(cost.newlyMissing().stream().allMatch(a -> a.item().equals("X-A")));
        assertEquals("A", cost.table().stringColumn("class before").get(0));
        assertEquals(List.of("X-A"), after.lowerClassOnly().stream().map(ClassEvidence::item).toList());
        assertFalse(cost.isEmpty());
    }
}
