package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hazlab gaps}, {@code impact} and {@code record} through the real entry point. */
class TraceCommandsTest {

    private static final String PUMP = "../datasets/infusion-pump";
    private static final String PUMP_V2 = "../datasets/infusion-pump-v2";

    @TempDir
    Path dir;

    @Test
    void gapsExitThreeAndListWhatIsMissing() throws Exception {
        CommandRun run = CommandRun.of("gaps", PUMP);
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().contains("16 gaps: 7 activities without evidence, 4 risk controls not covered"), run.out());
        assertTrue(run.out().contains("RC-HUM-03  human"), run.out());
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("gaps", PUMP, "--format", "json").out());
        assertEquals(16, json.get("gaps").asInt());
        assertTrue(CommandRun.of("gaps", PUMP, "--format", "md").out().contains("| IPC-AIL | C | 5.5.4 |"));
    }

    @Test
    void gapsOfOneItem() {
        CommandRun clean = CommandRun.of("gaps", PUMP, "--item", "IPC-UI-KEY");
        assertEquals(ExitCodes.OK, clean.exitCode(), clean.out());
        assertTrue(clean.out().contains("No gaps."), clean.out());
        CommandRun unknown = CommandRun.of("gaps", PUMP, "--item", "IPC-NOPE");
        assertEquals(ExitCodes.FAILED, unknown.exitCode());
        assertTrue(unknown.err().contains("no item 'IPC-NOPE'"), unknown.err());
    }

    @Test
    void impactBetweenTheTwoReleases() throws Exception {
        CommandRun run = CommandRun.of("impact", PUMP, PUMP_V2);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("IPC-LOG       A       C"), run.out());
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("impact", PUMP, PUMP_V2, "--format", "json").out());
        assertEquals("IPC-LOG", json.get("classChanges").get(1).get("item").asText());
        assertEquals(13, json.get("evidenceNewlyMissing").size());
        CommandRun usage = CommandRun.of("impact", PUMP);
        assertEquals(ExitCodes.USAGE, usage.exitCode());
        CommandRun missing = CommandRun.of("impact", PUMP, dir.resolve("nothing").toString());
        assertEquals(ExitCodes.FAILED, missing.exitCode());
        assertTrue(missing.err().contains("no such folder"), missing.err());
    }

    @Test
    void recordWritesThreeFilesWithTheSameBytesTwice() throws Exception {
        CommandRun first = CommandRun.of("record", PUMP_V2, "--out", dir.resolve("a").toString(), "--as-of",
                "2026-10-01", "--no-git", "--prepared-by", "A. Analyst");
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("classification-record.html"), first.out());
        CommandRun second = CommandRun.of("record", PUMP_V2, "--out", dir.resolve("b").toString(), "--as-of",
                "2026-10-01", "--no-git", "--prepared-by", "A. Analyst");
        assertEquals(ExitCodes.OK, second.exitCode());
        for (String name : new String[] {"classification-record.md", "classification-record.html",
            "classification-record.json"}) {
            assertEquals(Files.readString(dir.resolve("a").resolve(name)), Files.readString(dir.resolve("b").resolve(name)));
        }
        assertTrue(Files.readString(dir.resolve("a").resolve("classification-record.md"))
                .contains("| Prepared | A. Analyst |"));
        assertEquals(ExitCodes.USAGE, CommandRun.of("record", PUMP).exitCode(), "--out is required");
    }

    @Test
    void recordTakesReclassificationsFromAReviewHistory() throws Exception {
        Path history = dir.resolve("history.jsonl");
        for (String[] review : new String[][] {{"2026-Q2", "2026-06-30", "A", "negligible harm only"},
            {"2026-Q3", "2026-09-30", "C", "HZ-037 can cause serious injury"}}) {
            var record = org.hazlab.core.review.history.CanonicalJson.object();
            record.put("period", review[0]).put("asOf", review[1]);
            var item = record.putArray("classes").addObject();
            item.put("item", "IPC-LOG").put("class", review[2]).put("because", review[3]);
            item.putArray("path").addObject().put("step", "WORST_HARM").put("words", review[3]);
            record.putArray("triggers");
            org.hazlab.core.review.history.ReviewHistory.append(history, record);
        }
        CommandRun run = CommandRun.of("record", PUMP, "--out", dir.resolve("r").toString(), "--as-of", "2026-10-01",
                "--no-git", "--history", history.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String md = Files.readString(dir.resolve("r").resolve("classification-record.md"));
        assertTrue(md.contains("| 2026-09-30 | review 2026-Q3 | IPC-LOG | A | C | negligible harm only | "
                + "HZ-037 can cause serious injury | periodic review 2026-Q3 |"), md);
        assertTrue(md.contains("- 2 reviews read from " + history), md);
    }

    @Test
    void helpGivesExitCodesAndExamples() {
        for (String command : new String[] {"gaps", "impact", "record"}) {
            CommandRun help = CommandRun.of(command, "--help");
            assertEquals(ExitCodes.OK, help.exitCode());
            assertTrue(help.out().contains("Exit codes:"), command);
            assertTrue(help.out().contains("Examples:"), command);
            assertFalse(help.out().contains("Exception"), command);
        }
    }
}
