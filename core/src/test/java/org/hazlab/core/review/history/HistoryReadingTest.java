package org.hazlab.core.review.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is not a history gets a located problem from verify, never an exception, and append refuses it. */
class HistoryReadingTest {

    @TempDir
    Path dir;

    private HistoryVerifier.Result verifyWithSecondLine(String line) throws IOException {
        Path history = dir.resolve("h.jsonl");
        ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q2", "A", "first"));
        Files.writeString(history, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return HistoryVerifier.verify(history);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate key | {\"seq\":2,\"seq\":3} | line 2, column 15: not a JSON record (the key \"seq\" appears twice",
        "trailing content | {\"seq\":2} {\"seq\":3} | line 2, column 11: not a JSON record (content after the end of the JSON value",
        "array | [1,2] | line 2, column 1: a JSON array where a record (a JSON object) was expected",
        "number | 42 | line 2, column 1: a JSON number where a record (a JSON object) was expected",
        "string | \"x\" | line 2, column 1: a JSON string where a record (a JSON object) was expected",
    })
    void notARecordIsALocatedProblem(String what, String line, String problem) throws IOException {
        HistoryVerifier.Result result = verifyWithSecondLine(line);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).startsWith(problem), result.problems().toString());
    }

    @Test
    void emptyAndBinaryFiles() throws IOException {
        Path empty = dir.resolve("empty.jsonl");
        Files.write(empty, new byte[0]);
        assertEquals(List.of("line 1: the file is empty; a review history has one JSON record per line"),
                HistoryVerifier.verify(empty).problems());
        Path binary = dir.resolve("binary.jsonl");
        Files.write(binary, new byte[] {'{', '}', '\n', 'a', 0, 1, 2});
        assertEquals(List.of("line 2, column 2: binary content (a NUL byte) where JSON text was expected; this is not "
                + "a review history"), HistoryVerifier.verify(binary).problems());
        Path latin = dir.resolve("latin.jsonl");
        Files.write(latin, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertFalse(HistoryVerifier.verify(latin).ok());
    }

    @Test
    void appendRefusesAHistoryThatIsNotOne() throws IOException {
        Path history = dir.resolve("h.jsonl");
        Files.writeString(history, "[1,2]\n");
        IOException refused = assertThrows(IOException.class, () -> ReviewHistory.append(history,
                HistoryTamperingTest.review("2026-Q3", "A", "x")));
        assertTrue(refused.getMessage().contains("does not verify; not appending (line 1, column 1: a JSON array"),
                refused.getMessage());
    }

    @Test
    void anAppendGivesTheRecordItChainedTo() throws IOException {
        Path history = dir.resolve("h.jsonl");
        ReviewHistory.Appended first = ReviewHistory.appendAfter(history,
                HistoryTamperingTest.review("2026-Q1", "A", "first"), HistoryLock.DEFAULT_WAIT);
        assertTrue(first.previous().isEmpty());
        ReviewHistory.Appended second = ReviewHistory.appendAfter(history,
                HistoryTamperingTest.review("2026-Q2", "B", "second"), HistoryLock.DEFAULT_WAIT);
        assertEquals(first.record().path("hash").asText(), second.previous().orElseThrow().path("hash").asText());
        assertEquals(second.record().path("prev").asText(), first.record().path("hash").asText());
        assertEquals(2, second.record().path("seq").asInt());
        List<com.fasterxml.jackson.databind.JsonNode> read = ReviewHistory.read(history);
        assertEquals(read.get(0), second.previous().orElseThrow(), "the record as the file holds it");
        assertTrue(HistoryVerifier.verify(history).ok());
    }
}
