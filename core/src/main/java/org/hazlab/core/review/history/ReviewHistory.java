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
        try (HistoryLock lock = HistoryLock.acquire(file, wait)) {
            return appendLocked(file, content);
        }
    }

    private static ObjectNode appendLocked(Path file, ObjectNode content) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        if (Files.exists(file) && Files.size(file) > 0) {
            HistoryVerifier.Result check = HistoryVerifier.verifyUnlocked(file);
            if (!check.ok()) {
                throw new IOException(file + ": the review history does not verify; not appending ("
                        + check.problems().get(0) + ")");
            }
            records = read(file);
        }
        ObjectNode record = content.deepCopy();
        record.put("seq", records.size() + 1);
        record.put("prev", records.isEmpty() ? GENESIS : records.get(records.size() - 1).path("hash").asText());
        record.remove("hash");
        record.put("hash", CanonicalJson.recordHash(record));
        String line = CanonicalJson.write(record) + "\n";
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        return record;
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
