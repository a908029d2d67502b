package org.hazlab.core.incidents.openfda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.hazlab.core.problem.SourceLocation;

/**
 * openFDA device adverse event JSON (the download files, {@code {"meta": ..., "results": [...]}}, a bare
 * array of events, or one event object after another as in JSON Lines). The download files run to gigabytes, so the file is streamed with Jackson's token parser and
 * only one event is a tree at a time. Every value is a string; dates are {@code YYYYMMDD}; missing is "".
 */
public final class OpenFdaImporter implements IncidentImporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        JsonFactory factory = MAPPER.getFactory();
        for (Path file : files) {
            String label = file.toString();
            long size = Files.size(file);
            long read = 0;
            long loaded = 0;
            boolean eventPerRecord = isEventSequence(factory, file);
            try (SourceStreams.Counted in = SourceStreams.open(file);
                 JsonParser parser = factory.createParser(in)) {
                if (!eventPerRecord && !toResults(parser)) {
                    throw new IOException(label + ": no \"results\" array and not an array of events");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode event = parser.readValueAsTree();
                    read++;
                    if ((read & 0x3FFF) == 0) {
                        options.progress().progress(label, in.rawBytes(), size);
                    }
                    SourceLocation where = SourceLocation.of(label, line);
                    String key = text(event, "mdr_report_key");
                    if (key.isEmpty()) {
                        key = text(event, "report_number");
                    }
                    if (key.isEmpty()) {
                        rejects.reject("openfda-no-key", where, "event without mdr_report_key or report_number",
                                "", "an mdr_report_key");
                        continue;
                    }
                    String typeText = text(event, "event_type");
                    var type = EventType.parse(typeText);
                    if (type.isEmpty()) {
                        rejects.reject("openfda-bad-event-type", where, "unknown event_type", typeText,
                                "Death, Injury, Malfunction, Other or No answer provided");
                        continue;
                    }
                    int received = DateBytes.parse(text(event, "date_received"));
                    int eventDay = DateBytes.parse(text(event, "date_of_event"));
                    if (received == DateBytes.INVALID || eventDay == DateBytes.INVALID) {
                        rejects.reject("openfda-bad-date", where, "not a date",
                                received == DateBytes.INVALID ? text(event, "date_received")
                                        : text(event, "date_of_event"), "YYYYMMDD");
                        continue;
                    }
                    builder.add(new Incident(key, day(received), day(eventDay), type.get(),
                            joined(event.path("device"), "device_report_product_code"),
                            joinedArray(event.path("product_problems")), List.of(), List.of(),
                            outcomes(event), narrative(event),
                            options.source() == null ? "openFDA" : options.source(), where));
                    loaded++;
                }
            }
            options.progress().progress(label, size, size);
            counts.add(new FileCount(label, "events", read, loaded, read - loaded, 0));
        }
        return new ImportResult(builder.build(), id(), counts, rejects.problems());
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
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
