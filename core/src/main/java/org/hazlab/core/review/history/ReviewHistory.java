package org.hazlab.core.review.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The review history: a JSON Lines file, one record per review, hash-chained so that editing, removing or
 * reordering a record is detectable ({@link HistoryVerifier}). Each record carries {@code seq} (1, 2, ...),
 * {@code prev} (the previous record's hash; 64 zeros for the first) and {@code hash} (SHA-256 of the record's
 * canonical JSON without {@code hash}). Appending never rewrites earlier lines, and holds the history's
 * {@link HistoryLock} from verifying to writing, so overlapping reviews take turns.
 */
public final class ReviewHistory {

    /** {@code prev} of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private ReviewHistory() {
    }

    /**
     * Appends a record (its content without seq/prev/hash) to the history, chaining it to the last record.
     * Refuses to append to a history that does not verify.
     *
     * @return the record as written, with seq, prev and hash
     */
    public static ObjectNode append(Path file, ObjectNode content) throws IOException {
        return append(file, content, HistoryLock.DEFAULT_WAIT);
    }

    /**
     * The same, waiting at most {@code wait} for another review holding the history's lock; the lock is held
     * from verifying to the end of the append.
     */
    public static ObjectNode append(Path file, ObjectNode content, java.time.Duration wait) throws IOException {
        return appendAfter(file, content, wait).record();
    }

    /**
     * What an append wrote, and the record it was chained to (none for the first), read under the same lock so
     * that it is the one before it even when reviews overlap.
     */
    public record Appended(ObjectNode record, java.util.Optional<JsonNode> previous) {
    }

    /** {@link #append}, also giving the record before the new one (the review's report compares with it). */
    public static Appended appendAfter(Path file, ObjectNode content, java.time.Duration wait) throws IOException {
        try (HistoryLock lock = HistoryLock.acquire(file, wait)) {
            return appendLocked(file, content);
        }
    }

    // one pass over the history (the verifier's): a record of a review of a million reports runs to megabytes
    private static Appended appendLocked(Path file, ObjectNode content) throws IOException {
        int records = 0;
        String head = GENESIS;
        java.util.Optional<JsonNode> previous = java.util.Optional.empty();
        if (Files.exists(file) && Files.size(file) > 0) {
            HistoryVerifier.Result check = HistoryVerifier.verifyUnlocked(file);
            if (!check.ok()) {
                throw new IOException(file + ": the review history does not verify; not appending ("
                        + check.problems().get(0) + ")");
            }
            records = check.records();
            head = check.head();
            previous = java.util.Optional.ofNullable(check.last());
        }
        ObjectNode record = content.deepCopy();
        record.put("seq", records + 1);
        record.put("prev", head);
        record.remove("hash");
        record.put("hash", CanonicalJson.recordHash(record));
        String line = CanonicalJson.write(record) + "\n";
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        return new Appended(record, previous);
    }

    /** The records in file order (blank lines skipped). */
    public static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(CanonicalJson.read(line));
            }
        }
        return records;
    }
}
