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

    private CommandRun review() {
        return ScriptRuns.run(SCRIPT, "-p", "period=2026-Q3", "--out", out.toString(), "--as-of", "2026-10-15");
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

        CommandRun second = review();
        assertEquals(3, second.exitCode(), second.err());
        assertArrayEquals(html, Files.readAllBytes(reports.resolve("review-2026-Q3.html")), "same inputs, same bytes");

        Path history = out.resolve("review-history.jsonl");
        assertEquals(2, Files.readAllLines(history).size(), "each run appends one record");
        String record = Files.readAllLines(history).get(0);
        assertTrue(record.contains("\"period\":\"2026-Q3\""), record);
        assertTrue(record.contains("incidents.csv"), "the input files' hashes are recorded: " + record);
        CommandRun verify = CommandRun.of("history", "verify", history.toString());
        assertEquals(ExitCodes.OK, verify.exitCode(), verify.out() + verify.err());
    }
}
