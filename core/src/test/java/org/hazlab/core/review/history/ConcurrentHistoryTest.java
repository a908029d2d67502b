package org.hazlab.core.review.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.SmallReviews;
import org.hazlab.core.review.job.ReviewJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlapping scheduled jobs on one history: four reviews started together (threads) and two other processes
 * appending at the same time leave a chain that verifies, numbered 1..n without gaps or repeats.
 */
class ConcurrentHistoryTest {

    @TempDir
    Path dir;

    @Test
    void reviewsStartedTogetherLeaveAChainThatVerifies() throws Exception {
        Path history = dir.resolve("reviews/history.jsonl");
        SafetyModel model = SmallReviews.itemWithHazards("H1");
        IncidentStore incidents = SmallReviews.fortnightlyReports(40, "H1");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AppendFromAnotherProcess.class.getName(),
                    history.toString(), "3", Integer.toString(p)).redirectErrorStream(true).start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            runs.add(pool.submit(() -> ReviewJob.run(model, incidents,
                    ReviewOptions.forPeriod("2026-Q3").withHistory(history).withVersion("test"))));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), output);
        }
        HistoryVerifier.Result result = HistoryVerifier.verify(history);
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(10, result.records());
        List<Integer> seqs = ReviewHistory.read(history).stream().map(r -> r.path("seq").asInt()).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seqs);
        assertTrue(Files.exists(HistoryLock.lockFile(history)));
    }

    @Test
    void aLockedHistoryIsWaitedForThenRefusedWithAClearMessage() throws Exception {
        Path history = dir.resolve("history.jsonl");
        ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q2", "A", "first"));
        try (HistoryLock held = HistoryLock.acquire(history, Duration.ofSeconds(1))) {
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<?> blocked = other.submit(() -> ReviewHistory.append(history,
                    HistoryTamperingTest.review("2026-Q3", "A", "second"), Duration.ofMillis(300)));
            var failure = assertThrows(java.util.concurrent.ExecutionException.class, blocked::get);
            assertTrue(failure.getCause() instanceof HistoryLock.HistoryLockedException, failure.toString());
            assertEquals(history + ": the review history is locked by another review (waited 0 s for "
                    + "history.jsonl.lock); run again when it has finished", failure.getCause().getMessage());
            other.shutdown();
        }
        ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q3", "A", "second"));
        assertEquals(2, HistoryVerifier.verify(history).records());
    }
}
