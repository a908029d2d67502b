package org.hazlab.core.review.history;

import java.nio.file.Path;

/** Started as a separate JVM by {@link ConcurrentHistoryTest}: appends records to a history. */
public final class AppendFromAnotherProcess {

    private AppendFromAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path history = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            ReviewHistory.append(history, HistoryTamperingTest.review("2026-Q3", "C", "process " + args[2] + " " + i));
        }
    }
}
