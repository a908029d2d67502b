package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DSL word in a real script run by the real {@code hazlab run}: the scripts assert their own results (a
 * failed assert exits 1 with the line), and the tests check the printed tables and exit codes.
 */
class DslVerbsTest {

    @TempDir
    Path dir;

    private CommandRun run(String text, String... options) throws Exception {
        return ScriptRuns.run(ScriptRuns.write(dir, "verbs.groovy", text), options);
    }

    private static void ok(CommandRun run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private final String pump = "def ws = workspace '" + ScriptRuns.dataset("infusion-pump") + "'\ndef pump = ws.model\n";

    @Test
    void aFolderGivenToTheIncidentsWordNamesFilesToGive() throws Exception {
        java.nio.file.Path set = java.nio.file.Files.createDirectories(dir.resolve("maude"));
        java.nio.file.Files.writeString(set.resolve("foitext.txt"), "x");
        java.nio.file.Files.writeString(set.resolve("mdrfoi.txt"), "x");
        CommandRun run = run("incidents '" + set.toString().replace('\\', '/') + "'\n");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("is a folder; name its files, e.g. incidents '"), run.err());
        assertTrue(run.err().contains("maude/foitext.txt', '"), run.err());
    }

    @Test
    void workspaceGivesTablesAndAModel() throws Exception {
        CommandRun run = run(pump + """
                assert ws.hazards.rowCount() == 36
                assert ws.items.columnNames().contains('parent')
                assert ws.incidents.rowCount() == 2128
                assert pump.items().size() == 24
                println ws
                """);
        ok(run);
        assertTrue(run.out().contains("24 items, 36 hazards, 22 controls"), run.out());
    }

    @Test
    void classifyTakesTheHarmReadingAndLabellingOptions() throws Exception {
        Path contested = Path.of("..", "core", "src", "test", "resources", "workspaces", "diagnostic-contested")
                .toAbsolutePath().normalize();
        CommandRun run = run("def m = workspace('" + contested + "').model\n" + """
                def t = classify(m)
                assert t.where(t.stringColumn('item').isEqualTo('ALG')).stringColumn('class').get(0) == 'B'
                assert t.where(t.stringColumn('item').isEqualTo('ALG')).stringColumn('contested').get(0) == 'C if the harm is judged before-controls'
                def c = classify(m, harm: 'before-controls', creditLabelling: true)
                assert c.where(c.stringColumn('item').isEqualTo('ALG')).stringColumn('class').get(0) == 'C'
                assert classification(m, harm: 'conservative').options().harm().key() == 'before-controls'
                def s = sensitivity(m, harm: 'before-controls')
                assert s.table().where(s.table().stringColumn('subject').isEqualTo('harm reading')).rowCount() == 2
                def g = sweep(m) { vary harm: ['after-controls', 'before-controls'] }
                assert g.fast()
                assert g.table().stringColumn('ALG').asList() == ['B', 'C']
                println explain(m, 'ALG')
                """);
        ok(run);
        assertTrue(run.out().contains("Contested: judged before-controls, ALG would be class C:"), run.out());
        CommandRun bad = run("def m = workspace('" + contested + "').model\nclassify(m, harm: 'worst')\n");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("harm: 'worst' is not a harm reading"), bad.err());
    }

    @Test
    void anInvalidWorkspaceFailsWithEveryProblemLocatedInItsFiles() throws Exception {
        Path broken = Path.of("..", "core", "src", "test", "resources", "workspaces", "broken").toAbsolutePath().normalize();
        CommandRun run = run("// %%\n\ndef ws = workspace '" + broken + "'\n");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(dir.resolve("verbs.groovy") + ":3: invalid input"), run.err());
        assertTrue(run.err().contains("hazard-log.csv:"), run.err());
    }

    @Test
    void singleFileOptionsMeanWhatTheyMeanInAManifest() throws Exception {
        Files.writeString(dir.resolve("maude.txt"), "MDR_REPORT_KEY|DATE_RECEIVED|EVENT_TYPE\n1001|03/31/2025|IN\n");
        CommandRun good = run("""
                def t = incidents '%s', delimiter: '|', dateFormat: 'MM/dd/yyyy'
                assert t.dateColumn('date_received').get(0) == java.time.LocalDate.of(2025, 3, 31)
                assert t.stringColumn('event_type').get(0) == 'injury'
                """.formatted(dir.resolve("maude.txt")));
        ok(good);
        CommandRun bad = run("incidents '%s', delimiter: '||', encoding: 'klingon'\n".formatted(dir.resolve("maude.txt")));
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("delimiter for") && bad.err().contains("unknown encoding"), bad.err());
    }

    @Test
    void singleFilesLoadWithAColumnMappingAndFormAModel() throws Exception {
        Files.writeString(dir.resolve("log.csv"), "Ref,Gravity,Affected SW\nH1,Critical,A\nH2,Minor,B\n");
        Files.writeString(dir.resolve("items.csv"), "id,name\nA,Alpha\nB,Beta\n");
        CommandRun run = run("""
                def log = hazards 'LOG', columns: [Ref: 'id', Gravity: 'severity', 'Affected SW': 'items']
                assert log.rowCount() == 2
                assert log.stringColumn('severity').asList() == ['Critical', 'Minor']
                def files = load items: 'ITEMS', hazards: [file: 'LOG', columns: [Ref: 'id', Gravity: 'severity', 'Affected SW': 'items']]
                classify(files).selectColumns('item', 'class')
                """.replace("LOG", dir.resolve("log.csv").toString()).replace("ITEMS", dir.resolve("items.csv").toString()));
        ok(run);
        assertTrue(run.out().matches("(?s).*\\nA\\s+C\\n.*"), run.out());
    }

    @Test
    void systemDefinesAModelInlineAndReportsProblemsAtTheScriptLine() throws Exception {
        CommandRun good = run("""
                def m = system('Pump') {
                    item 'UI'
                    item 'MOT', parent: 'UI'
                    hazard 'HZ-1', items: ['MOT'], severity: 'Minor', probability: 'Remote'
                }
                assert classification(m).labels() == [SYSTEM: 'B', UI: 'B', MOT: 'B']
                def more = system(m) { item 'LOG', noContribution: 'no output' }
                assert more.items().size() == 3 && m.items().size() == 2
                """);
        ok(good);
        Path script = dir.resolve("verbs.groovy");
        CommandRun bad = run("""
                // %%
                def m = system('Pump') {
                    item 'UI'
                    hazard 'HZ-1', items: ['NOPE'], severity: 'Minor'
                }
                """);
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith(script + ":2: invalid input"), bad.err());
        assertTrue(!bad.err().contains("warning"), bad.err());
        assertTrue(bad.err().contains(script + ":4"), bad.err());
        assertTrue(bad.err().contains("NOPE"), bad.err());
    }

    @Test
    void classifyAndExplain() throws Exception {
        CommandRun run = run(pump + """
                def t = classify(pump)
                assert t.rowCount() == 25
                assert t.where(t.stringColumn('item').isEqualTo('IPC-LOG')).stringColumn('class').get(0) == 'A'
                assert classify(pump, scheme: 'imdrf').stringColumn('class').get(0) == 'not applicable'
                explain pump, 'IPC-LOG'
                """);
        ok(run);
        assertTrue(run.out().contains("Item IPC-LOG (Event logger) is class A."), run.out());
    }

    @Test
    void whatIfLeavesTheBaselineAndCompareShowsWhatChanged() throws Exception {
        CommandRun run = run(pump + """
                def seg = whatIf(pump, 'battery segregated') { segregate 'IPC-BATT', 'own microcontroller' }
                def gone = whatIf(pump, 'logger not segregated') { revokeSegregation 'IPC-LOG' }
                assert pump.item('IPC-BATT').get().segregated() == false
                def cmp = compare(pump, seg, gone)
                assert cmp.unchanged() == ['battery segregated': 24, 'logger not segregated': 24]
                cmp
                """);
        ok(run);
        assertTrue(run.out().matches("(?s).*battery segregated\\s+IPC-BATT.*\\s+C\\s+A\\s+.*"), run.out());
        assertTrue(run.out().contains("  36: 5.1.4, 5.1.5, 5.1.10,"), run.out());
        assertTrue(run.out().matches("(?s).*not shown \\(too wide\\): [^)]*because.*"), run.out());
    }

    @Test
    void whatIfWordsCoverEveryKindOfChange() throws Exception {
        CommandRun run = run(pump + """
                def all = whatIf(pump, 'everything') {
                    removeControl 'RC-HW-04'
                    addControl 'RC-HW-99', kind: 'hardware', reduces: 'probability', to: 'Remote', on: ['HZ-013']
                    makeInternal 'RC-HUM-01'
                    makeExternal 'RC-HUM-01'
                    severity 'HZ-001', 'Critical'
                    probability 'HZ-001', 'Remote'
                    addItem 'IPC-NEW', parent: 'IPC-PLAT'
                    addHazard 'HZ-900', items: ['IPC-NEW'], severity: 'Minor'
                    removeHazard 'HZ-900'
                    moveItem 'IPC-NEW', to: 'IPC-UI'
                    removeItem 'IPC-INFO'
                    policy unacceptableFrom: 'H'
                    matrix 'Remote', 'Catastrophic', 'H'
                }
                assert !all.control('RC-HW-04').present && all.control('RC-HW-99').present
                assert all.hazard('HZ-001').get().severity() == 'Critical'
                assert all.item('IPC-NEW').get().parent() == 'IPC-UI'
                assert !all.item('IPC-INFO').present
                assert all.policy().matrix().unacceptableFrom() == 'H'
                assert pump.control('RC-HW-04').present
                """);
        ok(run);
        CommandRun unknown = run(pump + "\nwhatIf(pump, 'x') { removeControl 'RC-NOPE' }\n");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains(":4: no control 'RC-NOPE' in the model"), unknown.err());
    }

    @Test
    void sweepTabulatesTheGrid() throws Exception {
        CommandRun run = run(pump + """
                def grid = sweep(pump) {
                    vary control: 'RC-HW-07'
                    vary segregation: 'IPC-BATT', rationale: 'own microcontroller'
                    vary severity: 'HZ-022', over: ['Negligible', 'Minor']
                    vary 'policy', [as_is: {}, strict: { policy unacceptableFrom: 'L' }]
                }
                assert grid.table().rowCount() == 16
                assert !grid.fast()
                def fast = sweep(pump) { vary control: 'RC-HW-07'; vary segregation: 'IPC-BATT' }
                assert fast.fast() && fast.table().rowCount() == 4
                fast
                """);
        ok(run);
        assertTrue(run.out().contains("IPC-BATT segregated"), run.out());
    }

    @Test
    void sensitivityNamesWhatEachClassRestsOn() throws Exception {
        CommandRun run = run(pump + """
                def s = sensitivity(pump)
                assert s.assumptions() > 150
                def log = s.table().where(s.table().stringColumn('item').isEqualTo('IPC-LOG'))
                assert log.stringColumn('subject').asList() == ['HZ-022', 'HZ-023', 'IPC-LOG']
                s.summary()
                """);
        ok(run);
        assertTrue(run.out().contains("HZ-022, HZ-023, IPC-LOG"), run.out());
    }

    @Test
    void checksAndSchemesReturnTables() throws Exception {
        CommandRun run = run(pump + """
                assert checks(pump).rowCount() > 0
                assert schemes(pump).columnNames().containsAll(['62304', 'imdrf', 'fda'])
                """);
        ok(run);
    }

    @Test
    void theBaseScriptDeclarationIsAccepted() throws Exception {
        CommandRun run = run("""
                import groovy.transform.BaseScript
                import org.hazlab.dsl.HazlabScript
                @BaseScript HazlabScript hazlab
                def x = 2
                // %%
                println x * 2
                """);
        ok(run);
        assertEquals("4\n", run.out());
    }
}
