package org.hazlab.core.review.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review history is read with the one strict JSON policy: a record with a duplicated key (the real value
 * hidden behind a second one that a lax reader would keep) or trailing content does not verify.
 */
class HistoryStrictReadingTest {

    @TempDir
    Path dir;

    @Test
    void aDuplicatedKeyInARecordFailsVerification() throws Exception {
        Path history = dir.resolve("history.jsonl");
        ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q1", "A", "hazards Negligible"));
        ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q2", "B", "HZ-022 raised"));
        assertTrue(HistoryVerifier.verify(history).ok());
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replaceFirst("\"class\":\"B\"", "\"class\":\"A\",\"class\":\"B\""));
        Files.write(history, lines, StandardCharsets.UTF_8);
        HistoryVerifier.Result result = HistoryVerifier.verify(history);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).startsWith("line 2, column ")
                && result.problems().get(0).contains("not a JSON record")
                && result.problems().get(0).contains("\"class\" appears twice"), result.problems().toString());
    }

    @Test
    void aSecondRecordOnTheSameLineFailsVerification() throws Exception {
        Path history = dir.resolve("history.jsonl");
        ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q1", "A", "hazards Negligible"));
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        lines.set(0, lines.get(0) + lines.get(0));
        Files.write(history, lines, StandardCharsets.UTF_8);
        HistoryVerifier.Result result = HistoryVerifier.verify(history);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).startsWith("line 1, column ")
                && result.problems().get(0).contains("content after the end of the JSON value"),
                result.problems().toString());
    }
}
