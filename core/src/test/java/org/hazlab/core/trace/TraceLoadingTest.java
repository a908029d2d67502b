package org.hazlab.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hazlab.core.io.LoadReport;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traceability tables load like the other tables: aliases, manifest mapping, located problems, no row lost. */
class TraceLoadingTest {

    @TempDir
    Path dir;

    @Test
    void absentTablesAreNeitherErrorsNorWarnings() throws Exception {
        Workspace workspace = WorkspaceLoader.load(TraceWorkspaces.abc(dir));
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        assertEquals(List.of(), workspace.problemList());
        assertEquals(Set.of(), workspace.traceability().present());
        assertTrue(workspace.trace().requirementsTable().isEmpty());
    }

    @Test
    void headerAliasesAreRecognisedWithoutAManifest() throws Exception {
        TraceWorkspaces.abc(dir);
        TraceWorkspaces.write(dir, "requirements.csv", """
                Req ID,Requirement text,Implemented by,Risk controls
                R-1,the check shall run,X-C,RC-C
                """);
        TraceWorkspaces.write(dir, "verifications.csv", """
                Test case,Covers,Verification method,Verdict,Test date,Test report
                T-1,R-1,test,passed,2026-05-01,TR-1
                """);
        TraceWorkspaces.write(dir, "activity-evidence.csv", """
                Software item,62304 clause,Document,State
                X-C,5.5.5,UVR-1,complete
                """);
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals(List.of(), workspace.problemList());
        Traceability trace = workspace.traceability();
        assertEquals(List.of("RC-C"), trace.requirement("R-1").orElseThrow().controls());
        Verification test = trace.verification("T-1").orElseThrow();
        assertEquals(VerificationResult.PASS, test.result());
        assertEquals("2026-05-01", test.runOn().orElseThrow().toString());
        assertEquals(EvidenceStatus.DONE, trace.evidence().get(0).status());
        assertEquals(List.of(test), trace.covering("RC-C"), "a test of the requirement covers its control");
    }

    @Test
    void theManifestNamesAndMapsTheTables() throws Exception {
        TraceWorkspaces.abc(dir);
        TraceWorkspaces.write(dir, "srs.csv", "Key,Shall,Where\nR-1,do it,X-A\n");
        TraceWorkspaces.write(dir, "workspace.json", """
                {"requirements": {"file": "srs.csv", "columns": {"Key": "id", "Shall": "text", "Where": "items"}}}
                """);
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals(List.of(), workspace.problemList());
        assertEquals("do it", workspace.traceability().requirement("R-1").orElseThrow().text());
    }

    @Test
    void badInputIsLocatedAndNoRowIsLost() throws Exception {
        TraceWorkspaces.abc(dir);
        TraceWorkspaces.write(dir, "requirements.csv", """
                id,text,items,controls
                R-1,one,X-C,RC-C
                R-1,duplicate,X-B,
                R-2,misspelt item,X-CC,RC-Z
                """);
        TraceWorkspaces.write(dir, "verifications.csv", """
                id,verifies,result,date
                T-1,R-1,green,2026-05-01
                T-2,R-3,pass,2026-05-02
                T-3,R-2,maybe,
                T-4,R-1,pass,01/05/2026
                """);
        TraceWorkspaces.write(dir, "evidence.csv", """
                item,clause,status
                X-C,5.5.5,done
                X-Q,5.5.5,done
                X-C,5.55,done
                X-C,5.5.5,sort of
                """);
        Workspace workspace = WorkspaceLoader.load(dir);
        assertFalse(workspace.isValid());
        String all = String.join("\n", workspace.problemList().stream().map(Problem::format).toList());
        String folder = dir.toString();
        assertTrue(all.contains(folder + "/requirements.csv:3:1: error [duplicate-id]"), all);
        assertTrue(all.contains(folder + "/requirements.csv:4:3: error [unknown-reference]: implementing item 'X-CC'"),
                all);
        assertTrue(all.contains("did you mean 'X-C'?"), all);
        assertTrue(all.contains(folder + "/requirements.csv:4:4: error [unknown-reference]: control 'RC-Z'"), all);
        assertTrue(all.contains("verified 'R-3' is not a known requirement, control or item id"), all);
        assertTrue(all.contains("did you mean 'R-1'?"), all);
        assertTrue(all.contains(folder + "/verifications.csv:5:4:"), "a bad date is located: " + all);
        assertTrue(all.contains(folder + "/verifications.csv:4:3:"), "an unknown result is located: " + all);
        assertTrue(all.contains(folder + "/evidence.csv:3:1: error [unknown-reference]: item 'X-Q'"), all);
        assertTrue(all.contains(folder + "/evidence.csv:4:2: error [unknown-clause]"), all);
        assertTrue(all.contains("did you mean '5.5.5'?"), all);
        for (LoadReport report : workspace.trace().loadReports()) {
            assertEquals(report.rowsRead(), report.loaded() + report.rejected(), report.source());
        }
        assertEquals(6, workspace.loadReports().size(), "items, hazards, controls and the three trace tables "
                + "(no incidents file)");
    }

    @Test
    void aMissingRequiredColumnIsAnError() throws Exception {
        TraceWorkspaces.abc(dir);
        TraceWorkspaces.write(dir, "verifications.csv", "id,method\nT-1,test\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertFalse(workspace.isValid());
        assertTrue(workspace.problemList().stream().anyMatch(p -> p.message().contains("verifies")),
                workspace.problemList().toString());
    }
}
