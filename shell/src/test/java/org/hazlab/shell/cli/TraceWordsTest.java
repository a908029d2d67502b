package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DSL words gaps, evidenceCost, impact and record in a real script run by {@code hazlab run}. */
class TraceWordsTest {

    @TempDir
    Path dir;

    private CommandRun run(String text, String... options) throws Exception {
        return ScriptRuns.run(ScriptRuns.write(dir, "trace.groovy", text), options);
    }

    @Test
    void gapsOfAWorkspaceAndOfAScenario() throws Exception {
        CommandRun run = run("def ws = workspace '" + ScriptRuns.dataset("infusion-pump") + "'\n" + """
                def g = gaps(ws)
                assert g.gapCount() == 16
                assert g.missingTable().rowCount() == 7
                assert g.controlTable().where(g.controlTable().stringColumn('state').isEqualTo('failed')).rowCount() == 1
                def logger = whatIf(ws.model, 'logger feeds dosing') {
                    addHazard 'HZ-099', items: ['IPC-LOG'], severity: 'Critical', probability: 'Occasional'
                }
                def cost = evidenceCost(ws, logger)
                assert cost.newlyMissing().size() == 7
                assert gaps(logger).lowerClassOnly()*.item().contains('IPC-LOG')
                show cost
                """);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("evidence missing after logger feeds dosing (not missing in Infusion pump controller)"),
                run.out());
    }

    @Test
    void impactBetweenTwoGitRevisionsFromAScript() throws Exception {
        Path repo = dir.resolve("repo");
        Path workspace = Files.createDirectories(repo.resolve("pump"));
        Path v1 = Path.of(ScriptRuns.dataset("infusion-pump"));
        Path v2 = Path.of(ScriptRuns.dataset("infusion-pump-v2"));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call()) {
            for (String name : new String[] {"items.csv", "hazard-log.csv", "controls.csv", "policy.json"}) {
                Files.copy(v1.resolve(name), workspace.resolve(name));
            }
            Files.writeString(workspace.resolve("workspace.json"), Files.readString(v2.resolve("workspace.json"))
                    .replaceAll(",\\s*\"(requirements|verifications|evidence)\": \\{[^}]*}", ""));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("release 1").setSign(false).call();
            for (String name : new String[] {"items.csv", "hazard-log.csv", "controls.csv"}) {
                Files.copy(v2.resolve(name), workspace.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("release 2").setSign(false).call();
        }
        CommandRun run = run("def i = impact(git: 'HEAD~1..HEAD', '" + workspace.toString().replace("\\", "/") + "')\n"
                + """
                assert i.classChanges()*.item() == ['IPC-DOSE-REC', 'IPC-LOG']
                assert i.before() == 'HEAD~1:pump'
                println "class changes: ${i.classTable().rowCount()}"
                """);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("class changes: 2"), run.out());
    }

    @Test
    void impactAndRecordFromAScript() throws Exception {
        CommandRun run = run("def i = impact('" + ScriptRuns.dataset("infusion-pump") + "', '"
                + ScriptRuns.dataset("infusion-pump-v2") + "')\n" + """
                assert i.classChanges()*.item() == ['IPC-DOSE-REC', 'IPC-LOG']
                assert i.table().rowCount() == 2
                def files = record(workspace('""" + ScriptRuns.dataset("infusion-pump-v2") + """
                '), out: 'dhf', git: false, preparedBy: 'A. Analyst')
                assert files.size() == 3
                """, "--out", dir.resolve("out").toString(), "--as-of", "2026-10-01");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String md = Files.readString(dir.resolve("out").resolve("dhf").resolve("classification-record.md"));
        assertTrue(md.contains("Record date**: 2026-10-01"), "the run's --as-of dates the record");
        assertTrue(md.contains("| Prepared | A. Analyst |"));
    }
}
