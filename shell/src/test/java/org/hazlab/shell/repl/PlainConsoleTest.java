package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Piped input (CI, {@code hazlab shell < cells.groovy}): cells in order, no escape codes, failure in the exit code. */
class PlainConsoleTest {

    @TempDir
    Path state;

    private record Run(int code, String out) {
    }

    private Run run(String input) {
        StringWriter out = new StringWriter();
        Repl repl = new ReplBuilder(state).workspace(ReplDriver.example())
                .plain(new BufferedReader(new StringReader(input)), new PrintWriter(out, true), 100);
        ReplBuilder.banner(repl.context(), "test", "example");
        int code = repl.run();
        repl.context().kernel().close();
        return new Run(code, out.toString());
    }

    @Test
    void cellsRunInOrderWithoutPromptsOrEscapeCodes() {
        Run run = run("def total = [1,\n 2,\n 3].sum()\ntotal * 2\nclasses\n");
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("\n12\n"), run.out());
        assertFalse(run.out().contains("\u001b"), run.out());
        assertFalse(run.out().contains("[1]>"), run.out());
    }

    @Test
    void aFailingCellMakesTheExitCodeOneAndTheRestStillRuns() {
        Run run = run("1 / 0\n40 + 2\n");
        assertEquals(1, run.code());
        assertTrue(run.out().contains("error in [1] line 1: division by zero"), run.out());
        assertTrue(run.out().contains("42"), run.out());
    }

    @Test
    void aPercentFormatScriptRunsCellByCellFromMarkerToMarker() throws Exception {
        Run run = run(java.nio.file.Files.readString(Path.of("..", "scripts", "training",
                "from-empty-to-class-c-and-back.groovy")));
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("Item DOSE (Dose calculation) is class C."), run.out());
        assertTrue(run.out().contains("An empty workspace"), "Markdown cells shown as narrative: " + run.out());
        assertFalse(run.out().contains("error in ["), run.out());
    }
}
