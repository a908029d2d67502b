package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if examples in README.md and docs/dsl.md run as written. */
class DocsExamplesTest {

    @TempDir
    Path dir;

    private static String firstGroovyBlockAfter(Path doc, String heading) throws Exception {
        String text = Files.readString(doc);
        int from = text.indexOf(heading);
        assertTrue(from >= 0, heading + " in " + doc);
        int start = text.indexOf("```groovy\n", from) + "```groovy\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    @Test
    void theReadmesFiveLineWhatIfRuns() throws Exception {
        String example = firstGroovyBlockAfter(Path.of("..", "README.md"), "## What if");
        assertEquals(5, example.strip().split("\n").length, example);
        CommandRun run = ScriptRuns.run(ScriptRuns.write(dir, "what-if.groovy", example));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("battery segregated"), run.out());
        assertTrue(run.out().contains("Item IPC-BATT (Battery management) is class A."), run.out());
    }

    @Test
    void theDslReferencesOpeningExampleRuns() throws Exception {
        String example = firstGroovyBlockAfter(Path.of("..", "docs", "dsl.md"), "A what-if in five lines");
        CommandRun run = ScriptRuns.run(ScriptRuns.write(dir, "dsl.groovy", example));
        assertEquals(0, run.exitCode(), run.err());
    }
}
