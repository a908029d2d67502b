package org.hazlab.core.review.history;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a review history's chain: every line is one JSON object (strictly read: no duplicate key, nothing after
 * it), its hash matches its content (an edited record fails), seq runs 1, 2, 3 ... and prev equals the previous
 * record's hash (a removed or reordered record fails). Anything that is not a history (an empty file, binary
 * content, a line that is an array or a number) is a located problem, never an exception. Removing records from
 * the end cannot be seen from the file alone: compare the head hash it reports with one kept elsewhere.
 */
public final class HistoryVerifier {

    /**
     * @param records  records read
     * @param head     hash of the last record ("" for an empty history)
     * @param problems what is wrong, one line each ("line 3: ..."); empty when the chain holds
     * @param last     the last record read (null when there is none), so an append need not read the file again
     */
    public record Result(int records, String head, List<String> problems, JsonNode last) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(int records, String head, List<String> problems) {
            this(records, head, problems, null);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private HistoryVerifier() {
    }

    /**
     * Verifies under the history's lock, so that a review appending at the same time is waited for. Where the
     * lock file cannot be created (a read-only checkout), nobody can be appending there either: the file is
     * verified without it.
     */
    public static Result verify(Path file) throws IOException {
        HistoryLock lock;
        try {
            lock = HistoryLock.acquire(file, HistoryLock.DEFAULT_WAIT);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            return verifyUnlocked(file);
        }
        try (lock) {
            return verifyUnlocked(file);
        }
    }

    static Result verifyUnlocked(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> problems = new ArrayList<>();
        if (bytes.length == 0) {
            problems.add("line 1: the file is empty; a review history has one JSON record per line");
            return new Result(0, "", problems);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(located(bytes, i) + ": binary content (a NUL byte) where JSON text was expected; "
                        + "this is not a review history");
                return new Result(0, "", problems);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add("the file is not UTF-8 text (binary content?); this is not a review history");
            return new Result(0, "", problems);
        }
        String[] lines = text.split("\n", -1);
        String previous = ReviewHistory.GENESIS;
        int expectedSeq = 1;
        int records = 0;
        JsonNode last = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            records++;
            JsonNode record;
            try {
                record = CanonicalJson.read(line);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation();
                problems.add("line " + number + (where == null ? "" : ", column " + where.getColumnNr())
                        + ": not a JSON record (" + org.hazlab.core.io.json.JsonMessages.plain(e) + ")");
                previous = "";
                expectedSeq++;
                continue;
            }
            if (!record.isObject()) {
                problems.add("line " + number + ", column 1: a JSON " + record.getNodeType().name().toLowerCase(
                        java.util.Locale.ROOT) + " where a record (a JSON object) was expected");
                previous = "";
                expectedSeq++;
                continue;
            }
            String hash = record.path("hash").asText("");
            String actual = CanonicalJson.recordHash(record);
            if (!hash.equals(actual)) {
                problems.add("line " + number + ": record content does not match its hash (edited)");
            }
            int seq = record.path("seq").asInt(-1);
            if (seq != expectedSeq) {
                problems.add("line " + number + ": seq " + seq + " where " + expectedSeq
                        + " was expected (a record was removed, inserted or reordered)");
            }
            String prev = record.path("prev").asText("");
            if (!prev.equals(previous)) {
                problems.add("line " + number + ": prev does not match the hash of the record before it "
                        + "(a record was removed, inserted or reordered)");
            }
            previous = hash;
            expectedSeq = seq + 1;
            last = record;
        }
        if (records == 0) {
            problems.add("line 1: the file holds only blank lines; a review history has one JSON record per line");
        }
        return new Result(records, records == 0 ? "" : previous, problems, last);
    }

    private static String located(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
