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
        assertTrue(run.out().contains("Evidence cost: Infusion pump controller -> logger feeds dosing"), run.out());
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
