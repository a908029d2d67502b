package org.hazlab.core.incidents.healthcanada;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawRowSink;
import org.hazlab.core.io.formats.RawTableReaders;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Health Canada Medical Device Incident extracts (one row per incident, the incident table joined with device
 * and company tables, multi-valued cells joined with "; "). The severity code becomes the event type (DEATH,
 * INJURY; POTENTIAL FOR DEATH/INJURY = malfunction; MINIMAL/NO ADVERSE HEALTH CONSEQUENCES = other; UNASSIGNED =
 * no answer) and is kept as the outcome; {@code PREF_NAME_CODE} loses its 2-digit panel prefix to give FDA-style
 * product codes ({@code 80LZG} -> {@code LZG}). There is no narrative: the trade name stands in for it.
 */
public final class HealthCanadaImporter implements IncidentImporter {

    private static final Map<String, String> SEVERITY = Map.of(
            "DEATH", "death", "INJURY", "injury", "POTENTIAL FOR DEATH/INJURY", "malfunction",
            "MINIMAL/NO ADVERSE HEALTH CONSEQUENCES", "other", "UNASSIGNED", "no-answer", "", "no-answer");

    @Override
    public String id() {
        return "healthcanada";
    }

    @Override
    public String description() {
        return "Health Canada medical device incident extract (CSV, UTF-8)";
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        IncidentStoreBuilder builder = IncidentStore.builder();
        Rejects rejects = new Rejects();
        List<FileCount> counts = new ArrayList<>();
        for (Path file : files) {
            Sink sink = new Sink(builder, rejects, options.source() == null ? "Health Canada" : options.source());
            ReadOptions read = new ReadOptions(file.toString(),
                    options.charset() == null ? StandardCharsets.UTF_8 : options.charset(), ',', null);
            RawTableReaders.forFile(file).orElseThrow().read(file, read, sink);
            counts.add(new FileCount(file.toString(), "incidents", sink.read, sink.loaded, sink.read - sink.loaded,
                    0));
        }
        return new ImportResult(builder.build(), id(), counts, rejects.problems());
    }

    /** Product codes without the panel prefix, distinct, joined with "; ". */
    public static String productCodes(String prefNameCode) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : prefNameCode.split(";")) {
            String code = part.strip();
            if (code.length() == 5 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))) {
                code = code.substring(2);
            }
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return String.join("; ", codes);
    }

    private static final class Sink implements RawRowSink {
        private final IncidentStoreBuilder builder;
        private final Rejects rejects;
        private final String source;
        private String label = "";
        private List<String> headers = List.of();
        long read;
        long loaded;

        Sink(IncidentStoreBuilder builder, Rejects rejects, String source) {
            this.builder = builder;
            this.rejects = rejects;
            this.source = source;
        }

        @Override
        public void begin(String source, String encoding, List<String> headers, List<Integer> columnNumbers,
                          int headerLine) {
            this.label = source;
            this.headers = headers.stream().map(String::strip).toList();
        }

        private String cell(RawRow row, String header) {
            int index = headers.indexOf(header);
            return index < 0 ? "" : row.cell(index).strip();
        }

        @Override
        public void row(RawRow row) {
            read++;
            SourceLocation where = SourceLocation.of(label, row.line());
            String id = cell(row, "INCIDENT_ID");
            if (id.isEmpty()) {
                rejects.reject("hc-no-id", where, "row without INCIDENT_ID", "", "an incident id");
                return;
            }
            String severity = cell(row, "HAZARD_SEVERITY_CODE_E");
            String type = Arrays.stream(severity.split(";")).map(String::strip).findFirst().orElse("");
            if (!SEVERITY.containsKey(type)) {
                rejects.reject("hc-bad-severity", where, "unknown HAZARD_SEVERITY_CODE_E", severity,
                        String.join(", ", SEVERITY.keySet().stream().filter(s -> !s.isEmpty()).sorted().toList()));
                return;
            }
            int received = DateBytes.parse(cell(row, "RECEIPT_DT"));
            int incident = DateBytes.parse(cell(row, "INCIDENT_DT"));
            if (received == DateBytes.INVALID) {
                rejects.reject("hc-bad-date", where, "RECEIPT_DT is not a date", cell(row, "RECEIPT_DT"),
                        "YYYY-MM-DD");
                return;
            }
            if (incident == DateBytes.INVALID) {
                // the real extract has incident dates such as 0011-12-27: keep the report, drop the date
                rejects.note(Problem.warning("implausible-event-date", where,
                        "INCIDENT_DT is not a plausible date; the incident is kept without an event date")
                        .value(cell(row, "INCIDENT_DT")).expected("YYYY-MM-DD, year 1900-2200").build());
                incident = IncidentStore.NO_DATE;
            }
            builder.add(new Incident(id, day(received), day(incident), EventType.parse(SEVERITY.get(type)).get(),
                    productCodes(cell(row, "PREF_NAME_CODE")), cell(row, "USAGE_CODE_TERM_E"), List.of(), List.of(),
                    severity, cell(row, "TRADE_NAME"), source, where));
            loaded++;
        }

        private static java.time.LocalDate day(int epochDay) {
            return epochDay == IncidentStore.NO_DATE ? null : java.time.LocalDate.ofEpochDay(epochDay);
        }

        @Override
        public void rejected(Problem problem) {
            read++;
            rejects.reject(problem.code(), problem.location(), problem.message(), problem.value(),
                    problem.expected());
        }

        @Override
        public void note(Problem problem) {
            rejects.note(problem);
        }
    }
}
