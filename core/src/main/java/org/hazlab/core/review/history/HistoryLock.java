package org.hazlab.core.review.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock a review holds on its history while it verifies and appends, so that overlapping scheduled jobs
 * take turns instead of writing two records with the same seq. An exclusive {@link FileLock} on a sidecar file
 * ({@code history.jsonl.lock}, never deleted, so every process locks the same file) keeps other processes out;
 * a lock per path keeps other threads of this process out (a JVM holds file locks per process). A run that
 * finds the history locked waits up to a bounded time, then fails with a message saying so.
 */
public final class HistoryLock implements AutoCloseable {

    /** How long a review waits for another one to finish with the history (30 s, or the system property
     *  {@code hazlab.history.lockWaitSeconds}). */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(Long.getLong("hazlab.history.lockWaitSeconds",
            30));

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private HistoryLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** The sidecar lock file of a history. */
    public static Path lockFile(Path history) {
        return history.resolveSibling(history.getFileName() + ".lock");
    }

    /**
     * Waits up to {@code wait} for the history's lock.
     *
     * @throws HistoryLockedException when another review still holds it after the wait
     */
    public static HistoryLock acquire(Path history, Duration wait) throws IOException {
        Path key = history.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + wait.toNanos();
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!threadLock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw locked(history, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(history + ": interrupted while waiting for the history's lock", e);
        }
        FileChannel channel = null;
        try {
            Path lock = lockFile(key);
            if (lock.getParent() != null) {
                Files.createDirectories(lock.getParent());
            }
            channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock fileLock;
                try {
                    fileLock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    fileLock = null;
                }
                if (fileLock != null) {
                    return new HistoryLock(threadLock, channel, fileLock);
                }
                if (System.nanoTime() >= deadline) {
                    throw locked(history, wait);
                }
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            threadLock.unlock();
            throw e;
        } catch (InterruptedException e) {
            closeQuietly(channel);
            threadLock.unlock();
            Thread.currentThread().interrupt();
            throw new IOException(history + ": interrupted while waiting for the history's lock", e);
        }
    }

    private static HistoryLockedException locked(Path history, Duration wait) {
        return new HistoryLockedException(history + ": the review history is locked by another review (waited "
                + wait.toSeconds() + " s for " + lockFile(history).getFileName() + "); run again when it has "
                + "finished");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel; nothing else to release
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            threadLock.unlock();
        }
    }

    /** The history stayed locked for the whole wait. */
    public static final class HistoryLockedException extends IOException {
        public HistoryLockedException(String message) {
            super(message);
        }
    }
}
