package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hazlab.core.review.history.CanonicalJson;
import org.hazlab.core.review.history.ReviewHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hazlab history verify|diff} in-process, on intact and tampered histories. */
class HistoryCommandTest {

    @TempDir
    Path dir;
    Path history;

    private static com.fasterxml.jackson.databind.node.ObjectNode record(String period, String cls, String why) {
        var record = CanonicalJson.object();
        record.put("period", period).put("asOf", "2026-09-30");
        var item = record.putArray("classes").addObject();
        item.put("item", "IPC-LOG").put("class", cls).put("because", why);
        item.putArray("path").addObject().put("step", "WORST_HARM").put("words", why);
        record.putArray("triggers");
        return record;
    }

    @BeforeEach
    void write() throws Exception {
        history = dir.resolve("history.jsonl");
        ReviewHistory.append(history, record("2026-Q2", "A", "negligible harm only"));
        ReviewHistory.append(history, record("2026-Q3", "B", "HZ-022 now Minor"));
    }

    @Test
    void verifyIntactHistory() {
        CommandRun run = CommandRun.of("history", "verify", history.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 records, chain intact"), run.out());
        assertTrue(run.out().contains("head "));
    }

    @Test
    void verifyDetectsEditsRemovalsAndReordering() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(history, StandardCharsets.UTF_8));
        List<List<String>> tampered = List.of(
                List.of(lines.get(0).replace("negligible", "minor"), lines.get(1)),
                List.of(lines.get(1)),
                List.of(lines.get(1), lines.get(0)));
        for (List<String> variant : tampered) {
            Files.write(history, variant, StandardCharsets.UTF_8);
            CommandRun run = CommandRun.of("history", "verify", history.toString());
            assertEquals(1, run.exitCode(), variant.toString());
            assertTrue(run.err().contains("TAMPERED"), run.err());
        }
    }

    @Test
    void diffShowsTheReclassificationRationale() {
        CommandRun run = CommandRun.of("history", "diff", history.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("IPC-LOG: A -> B"), run.out());
        assertTrue(run.out().contains("- WORST_HARM: negligible harm only"), run.out());
        assertTrue(run.out().contains("+ WORST_HARM: HZ-022 now Minor"), run.out());
        CommandRun byPeriod = CommandRun.of("history", "diff", history.toString(), "--from", "2026-Q2", "--to", "2");
        assertEquals(run.out(), byPeriod.out());
    }

    @Test
    void diffRefusesATamperedHistory() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(history, StandardCharsets.UTF_8));
        Collections.reverse(lines);
        Files.write(history, lines, StandardCharsets.UTF_8);
        assertEquals(1, CommandRun.of("history", "diff", history.toString()).exitCode());
    }

    @Test
    void usageErrors() {
        assertEquals(2, CommandRun.of("history").exitCode());
        assertEquals(2, CommandRun.of("history", "verify").exitCode());
        assertEquals(2, CommandRun.of("history", "diff", history.toString(), "--to", "2030-Q1").exitCode());
        assertEquals(1, CommandRun.of("history", "verify", dir.resolve("missing.jsonl").toString()).exitCode());
    }

    @Test
    void incidentsCommandReportsCountsAndRejects() throws Exception {
        Path file = dir.resolve("incidents.csv");
        Files.writeString(file, "id,date_received,event_type\nA1,2026-07-01,injury\nA2,2026-13-01,injury\n");
        CommandRun run = CommandRun.of("incidents", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 read, 1 loaded, 1 rejected"), run.out());
        assertTrue(run.out().contains(":3:2: error [bad-date]"), run.out());
        assertEquals(2, CommandRun.of("incidents", file.toString(), "--format", "nope").exitCode());
    }

    /** What is not a history: a located problem and exit 1, never a Java exception name. */
    @Test
    void notAHistoryIsALocatedProblem() throws Exception {
        Path empty = dir.resolve("empty.jsonl");
        Files.write(empty, new byte[0]);
        Path binary = dir.resolve("binary.jsonl");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Path array = dir.resolve("array.jsonl");
        Files.writeString(array, "[1, 2]\n");
        List<String> expected = List.of("line 1: the file is empty",
                "line 1, column 5: binary content (a NUL byte)",
                "line 1, column 1: a JSON array where a record (a JSON object) was expected");
        List<Path> files = List.of(empty, binary, array);
        for (int i = 0; i < files.size(); i++) {
            CommandRun run = CommandRun.of("history", "verify", files.get(i).toString());
            assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains(files.get(i) + ": " + expected.get(i)), run.err());
            assertTrue(!run.err().contains("Exception"), run.err());
        }
    }
}
