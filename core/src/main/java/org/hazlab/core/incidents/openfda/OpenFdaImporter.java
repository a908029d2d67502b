package org.hazlab.core.incidents.openfda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hazlab.core.incidents.DateBytes;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.ImportResult.FileCount;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentImporter;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentStoreBuilder;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.incidents.SourceStreams;
import org.hazlab.core.io.json.JsonMessages;
import org.hazlab.core.io.json.JsonRecordReader;
import org.hazlab.core.io.json.RejectedRecord;
import org.hazlab.core.io.json.StrictJson;
import org.hazlab.core.problem.SourceLocation;

/**
 * openFDA device adverse event JSON (the download files, {@code {"meta": ..., "results": [...]}}, a bare
 * array of events, or one event object after another as in JSON Lines). The download files run to gigabytes, so the file is streamed with Jackson's token parser and
 * only one event is a tree at a time. Every value is a string; dates are {@code YYYYMMDD}; missing is "".
 */
public final class OpenFdaImporter implements IncidentImporter {

    // streamed event by event through JsonRecordReader (limits and duplicate keys per event, so a bad event is
    // rejected alone); the end of the document is checked by StrictJson.requireEnd
    private static final JsonFactory FACTORY = StrictJson.recordFactory();

    @Override
    public String id() {
        return "openfda";
    }

    @Override
    public String description() {
        return "openFDA device event JSON (download files or API pages), streamed";
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        IncidentStoreBuilder builder = IncidentStore.builder();
        Rejects rejects = new Rejects();
        List<FileCount> counts = new ArrayList<>();
        JsonFactory factory = FACTORY;
        for (Path file : files) {
            String label = file.toString();
            long size = Files.size(file);
            long read = 0;
            long loaded = 0;
            boolean eventPerRecord = isEventSequence(factory, file);
            long[] tally = new long[2];
            EventSink sink = (event, where) -> {
                tally[0]++;
                if (add(event, where, builder, rejects, options)) {
                    tally[1]++;
                }
            };
            try (SourceStreams.Counted in = SourceStreams.open(file)) {
                if (eventPerRecord) {
                    readLines(in, label, factory, sink, rejects, tally, options, size);
                } else {
                    readArray(in, label, factory, sink, rejects, tally, options, size);
                }
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new IOException(label + ": the archive is damaged or truncated after " + tally[0]
                        + " records (" + e.getMessage() + ")", e);
            }
            read = tally[0];
            loaded = tally[1];
            options.progress().progress(label, size, size);
            counts.add(new FileCount(label, "events", read, loaded, read - loaded, 0));
        }
        return new ImportResult(builder.build(), id(), counts, rejects.problems());
    }

    /** Receives one event object and where it starts. */
    private interface EventSink {
        void accept(JsonNode event, SourceLocation where);
    }

    /** JSON Lines: each line is one event, parsed on its own, so a bad line rejects that line only. */
    private static void readLines(java.io.InputStream in, String label, JsonFactory factory, EventSink sink,
                                  Rejects rejects, long[] tally, ImportOptions options, long size)
            throws IOException {
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            SourceLocation where = SourceLocation.of(label, number);
            try (JsonParser parser = factory.createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    tally[0]++;
                    rejects.reject("openfda-not-an-object", where, "the line is not a JSON object", "",
                            "one event object per line");
                    continue;
                }
                JsonNode event = new JsonRecordReader(parser, label + ":" + number).readTree();
                StrictJson.requireEnd(parser, label + ":" + number);
                sink.accept(event, where);
            } catch (RejectedRecord e) {
                tally[0]++;
                rejects.reject("openfda-bad-json", where.atColumn(e.column()), "event rejected: " + e.reason(), "",
                        e.expected());
            } catch (IOException e) {
                tally[0]++;
                rejects.reject("openfda-bad-json", where, "not a valid JSON event: " + message(e), "",
                        "one event object per line");
            }
        }
    }

    /** A document with a results array (or an array): elements one by one; a bad element is rejected alone. */
    private static void readArray(SourceStreams.Counted in, String label, JsonFactory factory, EventSink sink,
                                  Rejects rejects, long[] tally, ImportOptions options, long size)
            throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            if (!toResults(parser)) {
                throw new IOException(label + ": no \"results\" array and not an array of events");
            }
            JsonRecordReader reader = new JsonRecordReader(parser, label);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new IOException(label + ": the results array is not closed (the file ends after "
                            + tally[0] + " records)");
                }
                SourceLocation where = SourceLocation.of(label, parser.currentTokenLocation().getLineNr())
                        .atColumn(parser.currentTokenLocation().getColumnNr());
                if ((tally[0] & 0x3FFF) == 0) {
                    options.progress().progress(label, in.rawBytes(), size);
                }
                JsonNode event;
                try {
                    event = reader.readTree();
                } catch (RejectedRecord e) {
                    tally[0]++;
                    rejects.reject("openfda-bad-json", where, "event rejected: " + e.reason()
                            + (e.line() == where.line() ? "" : " (line " + e.line() + ", column " + e.column() + ")"),
                            "", e.expected());
                    reader.skipRest();
                    continue;
                }
                if (!event.isObject()) {
                    tally[0]++;
                    rejects.reject("openfda-not-an-object", where, "a results element that is not an object",
                            event.isValueNode() ? event.asText() : token.asString(), "an event object");
                    continue;
                }
                sink.accept(event, where);
            }
            while (!parser.getParsingContext().inRoot()) {
                if (parser.nextToken() == null) {
                    throw new IOException(label + ": the document is not closed");
                }
            }
            StrictJson.requireEnd(parser, label);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a syntax error (in an event or around them): Jackson cannot read on after one, so the file stops here
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IOException(label + ":" + (at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":")
                    + " not valid JSON after " + tally[0] + " records: " + JsonMessages.plain(e), e);
        }
    }

    private static String message(IOException e) {
        String text = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                ? JsonMessages.plain(j)
                : e.getMessage();
        return text == null ? "the file could not be read" : text.replaceAll("\\s+", " ");
    }

    /** One event into the store, or rejected with its reason; true when loaded. */
    private static boolean add(JsonNode event, SourceLocation where, IncidentStoreBuilder builder, Rejects rejects,
                               ImportOptions options) {
        String key = text(event, "mdr_report_key");
        if (key.isEmpty()) {
            key = text(event, "report_number");
        }
        if (key.isEmpty()) {
            rejects.reject("openfda-no-key", where, "event without mdr_report_key or report_number", "",
                    "an mdr_report_key");
            return false;
        }
        String typeText = text(event, "event_type");
        var type = EventType.parse(typeText);
        if (type.isEmpty()) {
            rejects.reject("openfda-bad-event-type", where, "unknown event_type", typeText,
                    "Death, Injury, Malfunction, Other or No answer provided");
            return false;
        }
        int received = DateBytes.parse(text(event, "date_received"));
        int eventDay = DateBytes.parse(text(event, "date_of_event"));
        if (received == DateBytes.INVALID || eventDay == DateBytes.INVALID) {
            rejects.reject("openfda-bad-date", where, "not a date",
                    received == DateBytes.INVALID ? text(event, "date_received") : text(event, "date_of_event"),
                    "YYYYMMDD");
            return false;
        }
        builder.add(new Incident(key, day(received), day(eventDay), type.get(),
                joined(event.path("device"), "device_report_product_code"),
                joinedArray(event.path("product_problems")), List.of(), List.of(),
                outcomes(event), narrative(event), options.source() == null ? "openFDA" : options.source(), where));
        return true;
    }

    /**
     * Whether the file is a sequence of event objects (JSON Lines, as openFDA's own pipeline writes them) rather
     * than a download/API document ({@code {"meta": ..., "results": [...]}}) or an array: decided by the first key.
     */
    private static boolean isEventSequence(JsonFactory factory, Path file) throws IOException {
        try (SourceStreams.Counted in = SourceStreams.open(file); JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            String first = parser.currentName();
            return !first.equals("meta") && !first.equals("results");
        }
    }

    /** Moves the parser to just inside the array of events. */
    private static boolean toResults(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return true;
        }
        if (first != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("results") && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static java.time.LocalDate day(int epochDay) {
        return epochDay == IncidentStore.NO_DATE ? null : java.time.LocalDate.ofEpochDay(epochDay);
    }

    /** A field's text; a one-element array (openFDA writes {@code "event_type": ["Death"]}) gives its element. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray() && value.size() == 1) {
            value = value.get(0);
        }
        return value.isValueNode() ? value.asText("").strip() : "";
    }

    private static String joined(JsonNode array, String field) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode element : array) {
            String value = text(element, field);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return String.join("; ", values);
    }

    private static String joinedArray(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode element : array) {
            if (element.isValueNode() && !element.asText().isBlank()) {
                values.add(element.asText().strip());
            }
        }
        return String.join("; ", values);
    }

    private static String outcomes(JsonNode event) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode patient : event.path("patient")) {
            for (JsonNode outcome : patient.path("sequence_number_outcome")) {
                if (!outcome.asText("").isBlank()) {
                    values.add(outcome.asText().strip());
                }
            }
        }
        return String.join("; ", values);
    }

    /** Event description (D) first, then the other texts, joined by line breaks. */
    private static String narrative(JsonNode event) {
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (JsonNode text : event.path("mdr_text")) {
            String type = text(text, "text_type_code");
            String value = text(text, "text");
            if (value.isEmpty()) {
                continue;
            }
            (type.startsWith("Description") || type.equals("D") ? first : rest).add(value);
        }
        first.addAll(rest);
        return String.join("\n", first);
    }
}
