package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hazlab run}: exit codes, located errors, parameters, --out, --as-of and notebooks. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static final String CELLS = """
            // %% [markdown]
            // # A small run
            // %%
            def n = 2
            println "n is $n"
            // %%
            def t = tech.tablesaw.api.Table.create('t', tech.tablesaw.api.IntColumn.create('x', [1, 2, n] as int[]))
            t
            """;

    @Test
    void runsCellsInOneBindingAndPrintsOutputAndValues() throws Exception {
        CommandRun run = ScriptRuns.run(ScriptRuns.write(dir, "s.groovy", CELLS));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("n is 2\n"), run.out());
        assertTrue(run.out().contains("\nx\n-\n1\n2\n"), run.out());
        assertFalse(run.out().contains("==>"), run.out());
    }

    @Test
    void aCompileErrorNamesTheScriptLineAndExits1() throws Exception {
        Path script = ScriptRuns.write(dir, "broken.groovy", "// %%\nprintln 'first'\n// %%\n\ndef x = (1 +\n");
        CommandRun run = ScriptRuns.run(script);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(script + ":"), run.err());
        assertTrue(run.out().contains("first"), run.out());
        assertFalse(run.err().contains("org.codehaus"), run.err());
    }

    @Test
    void aRuntimeErrorStopsTheRunAtTheUsersLine() throws Exception {
        Path script = ScriptRuns.write(dir, "r.groovy", "// %%\ndef m = [:]\n// %%\n\nm.a.b.c\n// %%\nprintln 'never'\n");
        CommandRun run = ScriptRuns.run(script);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(script + ":5: a null value: cannot "), run.err());
        assertFalse(run.out().contains("never"));
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void failExits3WithTheReason() throws Exception {
        Path script = ScriptRuns.write(dir, "f.groovy", "println 'checked'\nfail 'class went up'\n");
        CommandRun run = ScriptRuns.run(script);
        assertEquals(3, run.exitCode());
        assertEquals(script + ":2: class went up\n", run.err());
    }

    @Test
    void findingsAsTheLastValueExit3AndNoFindingsExit0() throws Exception {
        CommandRun some = ScriptRuns.run(ScriptRuns.write(dir, "some.groovy", "findings(['HZ-010 trend'], 'signals')"));
        assertEquals(3, some.exitCode(), some.err());
        assertTrue(some.err().contains("1 findings: signals"), some.err());
        CommandRun none = ScriptRuns.run(ScriptRuns.write(dir, "none.groovy", "findings([], 'signals')"));
        assertEquals(0, none.exitCode(), none.err());
    }

    @Test
    void parametersReachTheScriptAndParamGivesDefaults() throws Exception {
        Path script = ScriptRuns.write(dir, "p.groovy", "def period = param('period', '2026-Q2')\n"
                + "def other = param('other', 'default')\nprintln \"$period $other $today\"\n");
        CommandRun run = ScriptRuns.run(script, "-p", "period=2026-Q3", "--as-of", "2026-09-30");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2026-Q3 default 2026-09-30\n", run.out());
    }

    @Test
    void helpNamesTheCellMarkerAndTheExitCodes() {
        CommandRun help = CommandRun.of("run", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("'// %%' lines"), help.out());
        assertTrue(help.out().contains("the script reported findings"), help.out());
    }

    @Test
    void usageErrorsExit2() throws Exception {
        assertEquals(2, CommandRun.of("run").exitCode());
        Path script = ScriptRuns.write(dir, "ok.groovy", "1");
        CommandRun badDate = ScriptRuns.run(script, "--as-of", "30/09/2026");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("--as-of"), badDate.err());
        CommandRun missing = CommandRun.of("run", dir.resolve("missing.groovy").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("missing.groovy': no such file"), missing.err());
    }

    @Test
    void argumentProblemsAreUsageErrorsNamingTheArgument() throws Exception {
        Path script = ScriptRuns.write(dir, "ok.groovy", "1");
        Path file = ScriptRuns.write(dir, "taken.txt", "x");
        Path binary = dir.resolve("blob.groovy");
        java.nio.file.Files.write(binary, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1});
        assertUsage(ScriptRuns.run(script, "--out", file.toString()), "--out '" + file + "': is a file");
        assertUsage(ScriptRuns.run(script, "--out", file.resolve("sub").toString()), "is a file, so no folder");
        assertUsage(ScriptRuns.run(script, "-p", "=x"), "-p '=x': expected NAME=VALUE");
        assertUsage(CommandRun.of("run", binary.toString()), "is not a text file");
        assertUsage(CommandRun.of("run", dir.toString()), "is a folder");
        assertUsage(ScriptRuns.run(script, "--notebook", dir.toString()), "--notebook '" + dir + "': is a folder");
    }

    private static void assertUsage(CommandRun run, String expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(!run.err().matches("(?s).*[A-Z][A-Za-z]+(Exception|Error)\\b.*"), "no Java class names: " + run.err());
    }

    @Test
    void saveWritesIntoOut() throws Exception {
        Path out = dir.resolve("reports");
        Path script = ScriptRuns.write(dir, "save.groovy", CELLS + "save t, 'x.csv'\nsave t, 'x.json'\nsave 'hello', 'x.txt'\n");
        CommandRun run = ScriptRuns.run(script, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("x\n1\n2\n2\n", Files.readString(out.resolve("x.csv")));
        assertTrue(Files.readString(out.resolve("x.json")).contains("\"x\" : 2"), Files.readString(out.resolve("x.json")));
        assertEquals("hello\n", Files.readString(out.resolve("x.txt")));
    }

    @Test
    void theNotebookValidatesAgainstTheNbformatSchemaAndIsReproducible() throws Exception {
        Path script = ScriptRuns.write(dir, "nb.groovy", CELLS + "// %%\nSystem.err.flush(); 'done'\n");
        Path first = dir.resolve("first.ipynb");
        Path second = dir.resolve("second.ipynb");
        assertEquals(0, ScriptRuns.run(script, "--notebook", first.toString(), "--as-of", "2026-09-30").exitCode());
        assertEquals(0, ScriptRuns.run(script, "--notebook", second.toString(), "--as-of", "2026-09-30").exitCode());
        assertEquals(Files.readString(first), Files.readString(second));
        JsonNode notebook = new ObjectMapper().readTree(first.toFile());
        assertEquals(Set.of(), validate(notebook));
        assertEquals(4, notebook.path("nbformat").asInt());
        assertEquals(5, notebook.path("nbformat_minor").asInt());
        JsonNode cells = notebook.path("cells");
        assertEquals("markdown", cells.get(0).path("cell_type").asText());
        JsonNode table = cells.get(2).path("outputs").get(0);
        assertEquals("execute_result", table.path("output_type").asText());
        assertTrue(table.path("data").has("text/html"));
        assertTrue(table.path("data").has("text/plain"));
        assertEquals("n is 2\n", cells.get(1).path("outputs").get(0).path("text").get(0).asText());
    }

    @Test
    void aFailingRunStillWritesAValidNotebookWithTheError() throws Exception {
        Path script = ScriptRuns.write(dir, "bad.groovy", "// %%\nprintln 1\n// %%\nthrow new IllegalStateException('no')\n// %%\n2\n");
        Path nb = dir.resolve("bad.ipynb");
        assertEquals(1, ScriptRuns.run(script, "--notebook", nb.toString()).exitCode());
        JsonNode notebook = new ObjectMapper().readTree(nb.toFile());
        assertEquals(Set.of(), validate(notebook));
        JsonNode error = notebook.path("cells").get(1).path("outputs").get(0);
        assertEquals("error", error.path("output_type").asText());
        assertEquals(script + ":4: no", error.path("evalue").asText());
        assertTrue(notebook.path("cells").get(2).path("execution_count").isNull());
    }

    @Test
    void aNotebookWrittenByHazlabRunsAgainWithNewParameters() throws Exception {
        Path script = ScriptRuns.write(dir, "again.groovy", "// %%\ndef period = param('period', 'Q1')\n// %%\n\nprintln period\nassert period != 'bad'\n");
        Path nb = dir.resolve("again.ipynb");
        assertEquals(0, ScriptRuns.run(script, "--notebook", nb.toString()).exitCode());
        CommandRun rerun = ScriptRuns.run(nb, "-p", "period=Q3");
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals("Q3\n", rerun.out());
        CommandRun failing = ScriptRuns.run(nb, "-p", "period=bad");
        assertEquals(1, failing.exitCode());
        assertTrue(failing.err().startsWith(nb + ": cell 2, line 3: "), failing.err());
    }

    static Set<ValidationMessage> validate(JsonNode notebook) throws Exception {
        try (InputStream in = RunCommandTest.class.getResourceAsStream("/nbformat/nbformat.v4.5.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            return schema.validate(notebook);
        }
    }
}
