package org.hazlab.core.review.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a review history's chain: every line is JSON, its hash matches its content (an edited record fails),
 * seq runs 1, 2, 3 ... and prev equals the previous record's hash (a removed or reordered record fails).
 * Removing records from the end cannot be seen from the file alone: compare the head hash it reports with one
 * kept elsewhere (a CI log, a ticket).
 */
public final class HistoryVerifier {

    /**
     * @param records  records read
     * @param head     hash of the last record ("" for an empty history)
     * @param problems what is wrong, one line each ("line 3: ..."); empty when the chain holds
     */
    public record Result(int records, String head, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private HistoryVerifier() {
    }

    public static Result verify(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        String previous = ReviewHistory.GENESIS;
        int expectedSeq = 1;
        int records = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            records++;
            JsonNode record;
            try {
                record = CanonicalJson.read(line);
            } catch (JsonProcessingException e) {
                problems.add("line " + number + ": not a JSON record (" + e.getOriginalMessage() + ")");
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
        }
        return new Result(records, records == 0 ? "" : previous, problems);
    }
}
