package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawRowSink;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Reads a JSON table: an array of flat objects, or an object whose single array property holds them (as in
 * {@code {"hazards": [...]}}). Parsed with Jackson's streaming parser so that each record keeps its line; the
 * records are held until the end because the header is the union of all their keys. Keys become the header
 * in the order first seen; arrays of scalars become "; "-separated lists; a nested object rejects its record,
 * and so does a key twice or a value over the reading limits ({@link JsonRecordReader}), the others still loading.
 */
public final class JsonTableReader implements RawTableReader {

    // limits and duplicate keys are checked record by record (below), so a bad record is rejected alone
    private static final JsonFactory FACTORY = StrictJson.recordFactory();

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public void read(Path file, ReadOptions options, RawRowSink sink) throws IOException {
        String label = options.label();
        List<Problem> problems = new ArrayList<>();
        List<Map<String, String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(java.nio.file.Files.newInputStream(file))) {
            try {
                readRecords(parser, label, problems, records, lines);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
                throw new IOException(label + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": not valid JSON: "
                        + JsonMessages.plain(e), e);
            }
        }
        Map<String, Integer> headerIndex = new LinkedHashMap<>();
        records.forEach(record -> record.keySet().forEach(key -> headerIndex.putIfAbsent(key, headerIndex.size())));
        List<String> headers = new ArrayList<>(headerIndex.keySet());
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i <= headers.size(); i++) {
            columns.add(i);
        }
        int headerLine = lines.isEmpty() ? 1 : lines.get(0);
        sink.begin(label, "UTF-8", headers, columns, headerLine);
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            List<String> cells = new ArrayList<>(headers.size());
            headers.forEach(h -> cells.add(record.getOrDefault(h, "")));
            sink.row(new RawRow(lines.get(i), cells));
        }
        problems.forEach(sink::rejected);
    }

    /** The records one by one: each good one into {@code records}, each bad one a problem at its position. */
    private static void readRecords(JsonParser parser, String label, List<Problem> problems,
                                    List<Map<String, String>> records, List<Integer> lines) throws IOException {
        positionAtRecords(parser, label);
        JsonRecordReader reader = new JsonRecordReader(parser, label);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IOException(label + ": the array of records is not closed");
            }
            JsonLocation start = parser.currentTokenLocation();
            try {
                reader.begin();
                if (token != JsonToken.START_OBJECT) {
                    problems.add(Problem.error("malformed-record", location(label, start),
                                    "record rejected: expected an object").value(parser.getText())
                            .expected("{\"id\": ..., ...}").build());
                    reader.skipRest();
                    continue;
                }
                Map<String, String> record = new LinkedHashMap<>();
                Problem problem = readObject(reader, parser, record, label);
                if (problem != null) {
                    problems.add(problem);
                    continue;
                }
                records.add(record);
                lines.add(start.getLineNr());
            } catch (RejectedRecord rejected) {
                problems.add(Problem.error("malformed-record", rejected.location(label),
                        "record rejected: " + rejected.reason()).expected(rejected.expected()).build());
                reader.skipRest();
            }
        }
        if (!parser.getParsingContext().inRoot()) {
            parser.skipChildren();
            while (!parser.getParsingContext().inRoot()) {
                parser.nextToken();
            }
        }
        StrictJson.requireEnd(parser, label);
    }

    private static void positionAtRecords(JsonParser parser, String label) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return;
        }
        if (first == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    return;
                }
                parser.skipChildren();
            }
        }
        throw new IOException(label + ": expected an array of records, or an object holding one");
    }

    /**
     * Reads one flat object; returns a problem (the first found, after which the rest of the record is skipped)
     * when it holds a nested object or a key twice.
     */
    private static Problem readObject(JsonRecordReader reader, JsonParser parser, Map<String, String> record,
                                      String label) throws IOException, RejectedRecord {
        while (reader.next() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (record.containsKey(key)) {
                return rejected(reader, Problem.error("malformed-record",
                                location(label, parser.currentTokenLocation()),
                                "record rejected: the key '" + key + "' appears twice")
                        .expected("each key once per record").build());
            }
            JsonToken value = reader.next();
            if (value == JsonToken.START_ARRAY) {
                List<String> parts = new ArrayList<>();
                JsonToken element;
                while ((element = reader.next()) != JsonToken.END_ARRAY) {
                    if (element.isStructStart()) {
                        return rejected(reader, nested(parser, key, label));
                    } else if (element != JsonToken.VALUE_NULL) {
                        parts.add(parser.getText());
                    }
                }
                record.put(key, String.join("; ", parts));
            } else if (value == JsonToken.START_OBJECT) {
                return rejected(reader, nested(parser, key, label));
            } else {
                record.put(key, value == JsonToken.VALUE_NULL ? "" : parser.getText());
            }
        }
        return null;
    }

    private static Problem rejected(JsonRecordReader reader, Problem problem) throws IOException {
        reader.skipRest();
        return problem;
    }

    private static Problem nested(JsonParser parser, String key, String label) {
        return Problem.error("malformed-record", location(label, parser.currentTokenLocation()),
                        "record rejected: field '" + key + "' holds a nested object")
                .expected("a string, number, boolean or array of those").build();
    }

    private static SourceLocation location(String label, JsonLocation at) {
        return new SourceLocation(label, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    }
}
