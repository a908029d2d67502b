package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every script in scripts/ runs headless with the real {@code hazlab run}, and the examples show what they promise. */
class BundledScriptsTest {

    private static final Path SCRIPTS = Path.of("..", "scripts");

    @TempDir
    Path out;

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
            assertTrue(list.size() >= 3, "at least three bundled scripts");
            return list.stream();
        }
    }

    /** The periodic review reports its triggers with exit 3 ("ran and found something"); the others exit 0. */
    @ParameterizedTest
    @MethodSource("scripts")
    void runsHeadless(Path script) {
        CommandRun run = ScriptRuns.run(script, "--out", out.toString(), "--as-of", "2026-09-30");
        int expected = script.getFileName().toString().equals("periodic-review.groovy") ? 3 : 0;
        assertEquals(expected, run.exitCode(), script + "\n" + run.out() + run.err());
    }

    @Test
    void removingTheFuelGaugeComparatorTakesTheSegregatedBatteryBackToC() throws Exception {
        CommandRun run = ScriptRuns.run(SCRIPTS.resolve("what-if-remove-external-control.groovy"), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no RC-HW-04:       [HZ-013: Frequent x Catastrophic = H]"), run.out());
        String csv = Files.readString(out.resolve("remove-external-control.csv"));
        assertTrue(csv.contains("IPC-BATT,Battery management,A,C,"), csv);
    }

    @Test
    void theDosageModuleMovesTheSystemFromBToC() {
        CommandRun run = ScriptRuns.run(SCRIPTS.resolve("what-if-dosage-module.groovy"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*dosage recommendation\\s+SDL\\s+.*\\s+B\\s+C\\s+.*"),
                run.out());
        assertTrue(run.out().contains("The software system SDL (Syringe driver lite) is class C."), run.out());
    }

    @Test
    void theSensitivityScriptWritesItsTables() throws Exception {
        CommandRun run = ScriptRuns.run(SCRIPTS.resolve("sweep-and-sensitivity.groovy"), "--out", out.toString(),
                "-p", "item=IPC-BATT");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(21, Files.readAllLines(out.resolve("sweep.csv")).size());
        assertTrue(Files.readString(out.resolve("sensitivity-summary.csv")).contains("IPC-LOG,A,3,0,"));
        assertTrue(run.out().contains("claim segregation of IPC-BATT"), run.out());
    }

    /** The benchmark's two ways in (the DSL word on a file, a bound workspace) count the same groups. */
    @Test
    void theBenchmarkScriptsCountTheSameThroughTheWordAndTheWorkspace() {
        CommandRun word = ScriptRuns.run(SCRIPTS.resolve("bench/incidents-count.groovy"),
                "-p", "file=../datasets/infusion-pump/incidents.csv");
        CommandRun workspace = ScriptRuns.run(SCRIPTS.resolve("bench/workspace-count.groovy"),
                "-p", "workspace=../datasets/infusion-pump");
        assertEquals(0, word.exitCode(), word.err());
        assertEquals(0, workspace.exitCode(), workspace.err());
        assertTrue(word.out().matches("(?s)hazlab: 2128 rows, \\d+ groups\\s*"), word.out());
        assertEquals(word.out(), workspace.out());
    }
}
