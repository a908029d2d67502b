package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
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
 * in the order first seen; arrays of scalars become "; "-separated lists; a nested object rejects its record.
 */
public final class JsonTableReader implements RawTableReader {

    // duplicate keys are found record by record (below), so a bad record is rejected alone
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
        Map<String, Integer> headerIndex = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(java.nio.file.Files.newInputStream(file))) {
            positionAtRecords(parser, label);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new IOException(label + ": the array of records is not closed");
                }
                JsonLocation start = parser.currentTokenLocation();
                if (token != JsonToken.START_OBJECT) {
                    problems.add(Problem.error("malformed-record", location(label, start),
                                    "record rejected: expected an object").value(parser.getText())
                            .expected("{\"id\": ..., ...}").build());
                    parser.skipChildren();
                    continue;
                }
                Map<String, String> record = new LinkedHashMap<>();
                Problem problem = readObject(parser, record, label);
                if (problem != null) {
                    problems.add(problem);
                    continue;
                }
                record.keySet().forEach(key -> headerIndex.putIfAbsent(key, headerIndex.size()));
                records.add(record);
                lines.add(start.getLineNr());
            }
            if (!parser.getParsingContext().inRoot()) {
                parser.skipChildren();
                while (!parser.getParsingContext().inRoot()) {
                    parser.nextToken();
                }
            }
            StrictJson.requireEnd(parser, label);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(label + ":" + (at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":")
                    + " not valid JSON: " + JsonMessages.plain(e), e);
        }
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

    /** Reads one flat object; returns a problem when it holds a nested object. */
    private static Problem readObject(JsonParser parser, Map<String, String> record, String label)
            throws IOException {
        Problem problem = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (record.containsKey(key) && problem == null) {
                problem = Problem.error("malformed-record", location(label, parser.currentTokenLocation()),
                                "record rejected: the key '" + key + "' appears twice")
                        .expected("each key once per record").build();
            }
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY) {
                List<String> parts = new ArrayList<>();
                JsonToken element;
                while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (element.isStructStart()) {
                        problem = nested(parser, key, label, problem);
                        parser.skipChildren();
                    } else if (element != JsonToken.VALUE_NULL) {
                        parts.add(parser.getText());
                    }
                }
                record.put(key, String.join("; ", parts));
            } else if (value == JsonToken.START_OBJECT) {
                problem = nested(parser, key, label, problem);
                parser.skipChildren();
            } else {
                record.put(key, value == JsonToken.VALUE_NULL ? "" : parser.getText());
            }
        }
        return problem;
    }

    private static Problem nested(JsonParser parser, String key, String label, Problem earlier) {
        if (earlier != null) {
            return earlier;
        }
        return Problem.error("malformed-record", location(label, parser.currentTokenLocation()),
                        "record rejected: field '" + key + "' holds a nested object")
                .expected("a string, number, boolean or array of those").build();
    }

    private static SourceLocation location(String label, JsonLocation at) {
        return new SourceLocation(label, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    }
}
