package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/periodic-review.groovy as a scheduler runs it: it finds the planted HZ-010 trend in 2026-Q3, exits 3,
 * writes the three reports and a verifiable history, and gives the same report bytes when run again.
 */
class PeriodicReviewScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "periodic-review.groovy");

    @TempDir
    Path out;

    @TempDir
    Path elsewhere;

    private CommandRun review() {
        return review(out);
    }

    private CommandRun review(Path folder) {
        return ScriptRuns.run(SCRIPT, "-p", "period=2026-Q3", "--out", folder.toString(), "--as-of", "2026-10-15");
    }

    @Test
    void findsThePlantedTrendWritesReportsAndAVerifiableHistory() throws Exception {
        CommandRun first = review();
        assertEquals(3, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().matches("(?s).*new-signal\\s+HZ-010\\s+IPC-OCC; IPC-ALM\\s+31\\s+.*"),
                first.out());
        assertTrue(first.err().contains("reassessment triggers for 2026-Q3"), first.err());
        Path reports = out.resolve("review-2026-Q3");
        for (String name : List.of("review-2026-Q3.md", "review-2026-Q3.html", "review-2026-Q3.json")) {
            assertTrue(Files.size(reports.resolve(name)) > 1000, name);
        }
        assertTrue(Files.readString(reports.resolve("review-2026-Q3.md")).contains("HZ-010"));
        byte[] html = Files.readAllBytes(reports.resolve("review-2026-Q3.html"));

        // the control-effectiveness trigger with its class change (datasets/infusion-pump/README.md)
        assertTrue(first.out().matches("(?s).*control-effectiveness\\s+HZ-001\\s.*"), first.out());
        String json = Files.readString(reports.resolve("review-2026-Q3.json"));
        assertTrue(json.contains("IPC-WDG A -> C"), "class change in the report");

        // the same inputs and the same (fresh) history give the same bytes
        CommandRun same = review(elsewhere);
        assertEquals(3, same.exitCode(), same.err());
        assertArrayEquals(html, Files.readAllBytes(elsewhere.resolve("review-2026-Q3/review-2026-Q3.html")),
                "same inputs, same bytes");

        // a second run on the same history reports the changes since the first
        CommandRun second = review();
        assertEquals(3, second.exitCode(), second.err());
        assertTrue(Files.readString(reports.resolve("review-2026-Q3.md")).contains("Previous review: 2026-Q3 as of "
                + "2026-10-15 (history record 1)"));

        Path history = out.resolve("review-history.jsonl");
        assertEquals(2, Files.readAllLines(history).size(), "each run appends one record");
        String record = Files.readAllLines(history).get(0);
        assertTrue(record.contains("\"period\":\"2026-Q3\""), record);
        assertTrue(record.contains("incidents.csv"), "the input files' hashes are recorded: " + record);
        CommandRun verify = CommandRun.of("history", "verify", history.toString());
        assertEquals(ExitCodes.OK, verify.exitCode(), verify.out() + verify.err());
    }
}
