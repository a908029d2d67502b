package org.hazlab.core.incidents.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

/**
 * The second half of a large delimited file, read speculatively on another thread while the importer reads the
 * first half: DuckDB parses on both cores, and so does hazlab on files where it pays.
 *
 * <p>Why speculative: quoted fields may hold line breaks, so whether a line start in the middle of the file is a
 * record start is only known by parsing from the top. The half starts at a line start that looks like a record
 * start ({@link #splitPoint}); the first half's scanner is told to stop there ({@link CsvScanner#stopAt}). If
 * its records end exactly there, a parse from that offset is exactly what a single pass would have done from
 * there, and this half's rows, narratives and rejects are appended with the first half's line count added; if
 * they straddle it (the offset was inside a quoted field), this half is cancelled and thrown away and the first
 * scanner reads on to the end. Either way the result is the single pass's.
 */
final class CsvSecondHalf {

    /** What became of the attempt, for tests and diagnostics. */
    enum Outcome {
        /** The file was read in one pass (small, one core, forced, or no split point found). */
        SEQUENTIAL,
        /** Read in two halves on two threads. */
        HALVES,
        /** A second half was started but not used (its start was not a record start, or it failed). */
        FALLBACK
    }

    private static final int LOOK = 1 << 20;
    /** Bytes parsed for the records-per-byte estimate (the code is still cold here: interpreted, keep it short). */
    private static final int SAMPLE = 128 << 10;
    private static final int CANDIDATES = 256;

    private final long start;
    private final CsvRecords records;
    private final FutureTask<CsvRecords> task;
    private volatile long position;

    private CsvSecondHalf(Path file, long start, char delimiter, CsvRecords records, int rows) {
        this.start = start;
        this.position = start;
        this.records = records;
        this.task = new FutureTask<>(() -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.position(start);
                records.builder.reserve(rows);
                records.narratives.reserve(rows);
                CsvScanner scanner = new CsvScanner(Channels.newInputStream(channel), delimiter, start);
                records.load(scanner, done -> position = done);
                position = channel.size();
                return records;
            }
        });
    }

    /**
     * Starts loading {@code records} from file offset {@code start} on a new (daemon) thread, with room reserved
     * there for about {@code rows} rows.
     */
    static CsvSecondHalf start(Path file, long start, char delimiter, CsvRecords records, int rows) {
        CsvSecondHalf half = new CsvSecondHalf(file, start, delimiter, records, rows);
        Thread thread = new Thread(half.task, "hazlab-csv-second-half");
        thread.setDaemon(true);
        thread.start();
        return half;
    }

    /** File offset the half starts at. */
    long start() {
        return start;
    }

    /** Bytes of this half done so far (for progress). */
    long done() {
        return position - start;
    }

    /** Makes the half stop soon; its result is not to be used. */
    void cancel() {
        records.cancelled = true;
    }

    /**
     * Waits for the half, telling {@code progress} now and then how many of its bytes are done; null when it
     * failed or the wait was interrupted (the caller then reads on sequentially, which reports any real error).
     */
    CsvRecords await(LongConsumer progress) {
        while (true) {
            try {
                return task.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.accept(done());
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Where to start the second half, and about how many records a byte of the file holds there (to reserve room
     * for the rows rather than grow the columns while they load).
     *
     * @param offset a line start, or -1 for none
     */
    record Guess(long offset, double recordsPerByte) {

        /** About how many records {@code bytes} bytes hold. */
        int rows(long bytes) {
            return (int) Math.min(1 << 26, bytes * recordsPerByte * 1.05 + 1024);
        }
    }

    /**
     * A line start near the middle of {@code [from, size)} from which two whole records of {@code headerCount}
     * fields parse (a line inside a multi-line quoted narrative rarely does), or -1 when there is none within a
     * megabyte. Only a guess: the first half's parse decides whether it is a record start.
     */
    static Guess splitPoint(Path file, long from, long size, char delimiter, int headerCount) throws IOException {
        long middle = from + (size - from) / 2;
        byte[] chunk = new byte[(int) Math.min(LOOK, size - middle)];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer target = ByteBuffer.wrap(chunk);
            while (target.hasRemaining() && channel.read(target, middle + target.position()) >= 0) {
                // reads until the chunk is full or the file ends
            }
            int length = target.position();
            int tries = 0;
            for (int i = 0; i < length - 1 && tries < CANDIDATES; i++) {
                if (chunk[i] == '\n') {
                    tries++;
                    int candidate = i + 1;
                    if (middle + candidate > from && looksLikeRecords(chunk, candidate, length, delimiter,
                            headerCount)) {
                        return new Guess(middle + candidate, recordsPerByte(chunk, candidate,
                                Math.min(length, candidate + SAMPLE), delimiter,
                                headerCount));
                    }
                }
            }
            return new Guess(-1, 0);
        }
    }

    /** Records per byte in the rest of the chunk (at most one per {@code headerCount} bytes). */
    private static double recordsPerByte(byte[] chunk, int at, int length, char delimiter, int headerCount)
            throws IOException {
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream(chunk, at, length - at), delimiter, 0, 64 << 10);
        long records = 0;
        long bytes = 0;
        while (scanner.next() && scanner.position() < length - at) {
            records++;
            bytes = scanner.position();
        }
        return records == 0 ? 0 : Math.min((double) records / bytes, 1.0 / Math.max(1, headerCount));
    }

    private static boolean looksLikeRecords(byte[] chunk, int at, int length, char delimiter, int headerCount)
            throws IOException {
        CsvScanner scanner = new CsvScanner(new ByteArrayInputStream(chunk, at, length - at), delimiter, 0, 16 << 10);
        for (int record = 0; record < 2; record++) {
            if (!scanner.next() || scanner.unterminated || scanner.fieldCount != headerCount
                    || scanner.position() >= length - at) {
                return false;
            }
        }
        return true;
    }
}
