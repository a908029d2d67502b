package org.hazlab.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hazlab.core.io.LoadReport;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deliberately broken workspace in test resources triggers every validation rule; each problem must be
 * reported at its exact cell, and no row may vanish from the accounting.
 */
class BrokenWorkspaceTest {

    private static Workspace workspace;

    @BeforeAll
    static void load() throws Exception {
        workspace = WorkspaceLoader.load(Path.of("src/test/resources/workspaces/broken"));
    }

    private static String key(Problem problem) {
        String file = Path.of(problem.location().file()).getFileName().toString();
        return problem.code() + " " + file + ":" + problem.location().line() + ":" + problem.location().column();
    }

    @Test
    void everyRuleIsReportedAtItsCell() {
        Set<String> found = workspace.problemList().stream().filter(Problem::isError)
                .map(BrokenWorkspaceTest::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(Set.of(
                "bad-value items.csv:9:4",
                "duplicate-id items.csv:4:1",
                "unknown-reference items.csv:5:3",
                "hierarchy-cycle items.csv:6:3",
                "segregation-without-rationale items.csv:8:4",
                "unknown-level hazard-log.csv:3:3",
                "unknown-level hazard-log.csv:4:4",
                "unknown-reference hazard-log.csv:5:2",
                "unknown-reference hazard-log.csv:6:5",
                "duplicate-id hazard-log.csv:7:1",
                "missing-value hazard-log.csv:8:1",
                "unknown-reference controls.csv:3:7",
                "unknown-level controls.csv:4:6",
                "bad-value controls.csv:5:3",
                // incidents go through the importers: 05/01/2026 is MAUDE's MM/dd/yyyy and loads
                "wrong-field-count incidents.csv:4:0",
                "bad-event-type incidents.csv:5:3",
                "unterminated-quote incidents.csv:6:0"));
        assertEquals(expected, found);
        assertEquals(expected.size(), workspace.problems().errorCount());
    }

    @Test
    void theWorkspaceIsInvalidAndHasNoModel() {
        assertFalse(workspace.isValid());
        assertTrue(workspace.safetyModel().isEmpty());
    }

    @Test
    void loadedPlusRejectedEqualsReadForEveryFile() {
        for (LoadReport report : workspace.loadReports()) {
            assertEquals(report.rowsRead(), report.loaded() + report.rejected(), report.source());
        }
        assertEquals(8, workspace.items().report().rowsRead());
        assertEquals(1, workspace.items().report().rejected());
        assertEquals(5, workspace.incidents().files().get(0).read(),
                "the unterminated quote swallows the last line into its record");
        assertEquals(3, workspace.incidents().files().get(0).rejected());
    }

    @Test
    void theCycleNamesEveryMember() {
        Problem cycle = workspace.problemList().stream().filter(p -> p.code().equals("hierarchy-cycle")).findFirst()
                .orElseThrow();
        assertTrue(cycle.message().contains("X -> Y -> X"), cycle.message());
        assertEquals(7, cycle.related().get(0).line());
    }
}
