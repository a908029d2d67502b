package org.hazlab.core.review.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of tampering with a review history is caught by the chain. */
class HistoryTamperingTest {

    @TempDir
    Path dir;
    Path history;

    static ObjectNode review(String period, String cls, String because) {
        ObjectNode record = CanonicalJson.object();
        record.put("period", period);
        record.put("asOf", period.equals("2026-Q2") ? "2026-06-30" : "2026-09-30");
        var classes = record.putArray("classes");
        ObjectNode item = classes.addObject();
        item.put("item", "IPC-LOG");
        item.put("class", cls);
        item.put("because", because);
        item.putArray("path").addObject().put("step", "WORST_HARM").put("words", because);
        ObjectNode other = classes.addObject();
        other.put("item", "IPC-OCC").put("class", "C").put("because", "HZ-010 Critical");
        other.putArray("path").addObject().put("step", "WORST_HARM").put("words", "HZ-010");
        record.putArray("triggers");
        return record;
    }

    @BeforeEach
    void write() throws IOException {
        history = dir.resolve("history.jsonl");
        ReviewHistory.append(history, review("2026-Q1", "A", "hazards Negligible"));
        ReviewHistory.append(history, review("2026-Q2", "A", "hazards Negligible"));
        ReviewHistory.append(history, review("2026-Q3", "B", "HZ-022 raised to Minor: non-serious injury"));
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(history, StandardCharsets.UTF_8));
    }

    private HistoryVerifier.Result rewrite(List<String> lines) throws IOException {
        Files.write(history, lines, StandardCharsets.UTF_8);
        return HistoryVerifier.verify(history);
    }

    @Test
    void intactHistoryVerifies() throws IOException {
        HistoryVerifier.Result result = HistoryVerifier.verify(history);
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(3, result.records());
        assertEquals(ReviewHistory.read(history).get(2).path("hash").asText(), result.head());
        assertEquals(ReviewHistory.GENESIS, ReviewHistory.read(history).get(0).path("prev").asText());
    }

    @Test
    void editedRecordIsCaught() throws IOException {
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace("\"class\":\"A\"", "\"class\":\"B\""));
        HistoryVerifier.Result result = rewrite(lines);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).startsWith("line 2: record content does not match its hash"));
    }

    @Test
    void editWithRecomputedHashBreaksTheNextLink() throws IOException {
        List<String> lines = lines();
        JsonNode record = CanonicalJson.read(lines.get(0).replace("hazards Negligible", "nothing to see"));
        ((ObjectNode) record).put("hash", CanonicalJson.recordHash(record));
        lines.set(0, CanonicalJson.write(record));
        HistoryVerifier.Result result = rewrite(lines);
        assertFalse(result.ok());
        assertEquals(List.of("line 2: prev does not match the hash of the record before it (a record was removed, "
                + "inserted or reordered)"), result.problems());
    }

    @Test
    void removedRecordIsCaught() throws IOException {
        List<String> lines = lines();
        lines.remove(1);
        HistoryVerifier.Result result = rewrite(lines);
        assertFalse(result.ok());
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).startsWith("line 2: seq 3 where 2 was expected"));
    }

    @Test
    void reorderedRecordsAreCaught() throws IOException {
        List<String> lines = lines();
        Collections.swap(lines, 1, 2);
        HistoryVerifier.Result result = rewrite(lines);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("line 2: seq 3")));
        assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("line 3: seq 2")));
    }

    @Test
    void garbageLineIsCaught() throws IOException {
        List<String> lines = lines();
        lines.set(2, lines.get(2).substring(0, 40));
        HistoryVerifier.Result result = rewrite(lines);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).matches("line 3, column \\d+: not a JSON record.*"),
                result.problems().toString());
    }

    @Test
    void reformattedButUnchangedRecordsStillVerify() throws IOException {
        // key order and whitespace do not matter: the hash is over the canonical form
        List<String> lines = lines();
        JsonNode record = CanonicalJson.read(lines.get(0));
        lines.set(0, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(record).replace(",", ", "));
        assertTrue(rewrite(lines).ok());
    }

    @Test
    void appendingToATamperedHistoryIsRefused() throws IOException {
        List<String> lines = lines();
        lines.remove(0);
        Files.write(history, lines, StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> ReviewHistory.append(history, review("2026-Q4", "B", "x")));
    }

    @Test
    void diffShowsClassChangeWithTheChangeInReasoning() throws IOException {
        List<JsonNode> records = ReviewHistory.read(history);
        List<HistoryDiff.Change> changes = HistoryDiff.between(records.get(1), records.get(2));
        assertEquals(1, changes.size());
        HistoryDiff.Change change = changes.get(0);
        assertEquals("IPC-LOG", change.item());
        assertEquals("A", change.classBefore());
        assertEquals("B", change.classAfter());
        assertEquals(List.of("WORST_HARM: hazards Negligible"), change.stepsRemoved());
        assertEquals(List.of("WORST_HARM: HZ-022 raised to Minor: non-serious injury"), change.stepsAdded());
        String text = HistoryDiff.render(records.get(1), records.get(2), changes);
        assertTrue(text.contains("IPC-LOG: A -> B"), text);
        assertTrue(HistoryDiff.between(records.get(0), records.get(1)).isEmpty());
    }
}
