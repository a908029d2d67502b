package org.hazlab.core.incidents;

import org.hazlab.core.incidents.formats.IncidentFormats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.incidents.csv.MappedTableImporter;
import org.hazlab.core.incidents.openfda.OpenFdaImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast CSV path, the mapped-table path and openFDA JSON, on broken and real-shaped rows. */
class CsvAndJsonImportTest {

    static final Path PUMP = Path.of("../datasets/infusion-pump/incidents.csv");

    @TempDir
    Path dir;

    @Test
    void fastCsvLoadsTheShippedDatasetLikeTheTableLoader() throws Exception {
        ImportResult fast = new IncidentCsvImporter().read(List.of(PUMP), ImportOptions.defaults());
        ImportResult table = new MappedTableImporter().read(List.of(PUMP), ImportOptions.defaults());
        assertEquals(2128, fast.loaded());
        assertEquals(0, fast.rejected());
        assertEquals(table.loaded(), fast.loaded());
        IncidentStore a = fast.incidents();
        IncidentStore b = table.incidents();
        for (int row = 0; row < a.size(); row++) {
            Incident x = a.incident(row);
            Incident y = b.incident(row);
            assertEquals(y.id(), x.id());
            assertEquals(y.received(), x.received());
            assertEquals(y.eventDate(), x.eventDate());
            assertEquals(y.eventType(), x.eventType());
            assertEquals(y.hazards(), x.hazards());
            assertEquals(y.items(), x.items());
            assertEquals(y.narrative(), x.narrative(), "row " + row);
            assertEquals(y.location().line(), x.location().line(), "row " + row);
        }
        int[] narrativeRows = {0};
        a.narratives().forEach((row, bytes, offset, length) -> {
            assertEquals(a.narrative(row), new String(bytes, offset, length, StandardCharsets.UTF_8));
            narrativeRows[0]++;
        });
        assertEquals(2128, narrativeRows[0]);
    }

    @Test
    void brokenCsvRowsAreRejectedWithTheirLine() throws Exception {
        Path file = dir.resolve("incidents.csv");
        Files.writeString(file, String.join("\n",
                "Complaint No,Received,Type,Narrative",
                "C1,2026-07-01,injury,\"PUMP, STOPPED; SAID \"\"ERR 12\"\"",
                "ON TWO LINES\"",
                "C2,07/02/2026,malfunction,plain",
                "C3,2026-13-01,malfunction,bad month",
                ",2026-07-04,malfunction,no id",
                "C5,2026-07-05,exploded,unknown type",
                "C6,2026-07-06,malfunction",
                "",
                "C7,2026-07-07,death,last,,",
                "C8,2026-07-08,death,\"never closed") + "\n");
        ImportResult result = new IncidentCsvImporter().read(List.of(file),
                ImportOptions.defaults().withColumns(Map.of("Complaint No", "id", "Type", "event_type")));
        IncidentStore store = result.incidents();
        assertEquals(8, result.read());
        assertEquals(3, result.loaded());
        assertEquals(5, result.rejected());
        assertEquals("PUMP, STOPPED; SAID \"ERR 12\"\nON TWO LINES", store.narrative(0));
        assertEquals(LocalDate.of(2026, 7, 2), store.incident(1).received());
        assertEquals(4, store.incident(1).location().line());
        assertEquals(EventType.DEATH, store.eventType(2));
        List<String> rejects = new ArrayList<>();
        result.rejects().forEach(p -> rejects.add(p.code() + ":" + p.location().line()));
        assertEquals(List.of("bad-date:5", "missing-id:6", "bad-event-type:7", "wrong-field-count:8",
                "unterminated-quote:11"), rejects);
    }

    @Test
    void openFdaJsonIsStreamedEventByEvent() throws Exception {
        Path file = dir.resolve("device-event-0001-of-0001.json");
        Files.writeString(file, """
                {"meta": {"disclaimer": "x", "results": {"total": 3}},
                 "results": [
                  {"mdr_report_key": "5550001", "event_type": "Injury", "date_received": "20260702",
                   "date_of_event": "", "product_problems": ["Occlusion Within Device", "Failure to Alarm"],
                   "device": [{"brand_name": "PUMP", "device_report_product_code": "FRN",
                               "openfda": {"device_class": "2"}}],
                   "patient": [{"sequence_number_outcome": ["Required Intervention"], "patient_problems": []}],
                   "mdr_text": [{"text_type_code": "Additional Manufacturer Narrative", "text": "EVAL."},
                                {"text_type_code": "Description of Event or Problem", "text": "NO ALARM."}]},
                  {"mdr_report_key": "", "event_type": "Malfunction", "date_received": "20260703"},
                  {"mdr_report_key": "5550003", "event_type": "No answer provided", "date_received": "2026070"},
                  {"mdr_report_key": "5550004", "event_type": "Death", "date_received": "20260704",
                   "device": [], "mdr_text": []}
                 ]}
                """);
        ImportResult result = new OpenFdaImporter().read(List.of(file), ImportOptions.defaults());
        assertEquals(4, result.read());
        assertEquals(2, result.loaded());
        assertEquals(List.of("openfda-no-key", "openfda-bad-date"),
                result.rejects().stream().map(p -> p.code()).toList());
        Incident first = result.incidents().incident(0);
        assertEquals("5550001", first.id());
        assertEquals(EventType.INJURY, first.eventType());
        assertEquals(LocalDate.of(2026, 7, 2), first.received());
        assertEquals("FRN", first.productCode());
        assertEquals("Occlusion Within Device; Failure to Alarm", first.problemCode());
        assertEquals("NO ALARM.\nEVAL.", first.narrative());
        assertEquals("Required Intervention", first.outcome());
        assertEquals(3, first.location().line());
        assertEquals(EventType.DEATH, result.incidents().eventType(1));
    }

    @Test
    void progressIsReportedToTheEnd() throws Exception {
        List<long[]> calls = new ArrayList<>();
        new IncidentCsvImporter().read(List.of(PUMP),
                ImportOptions.defaults().withProgress((label, done, total) -> calls.add(new long[] {done, total})));
        assertTrue(!calls.isEmpty());
        long[] last = calls.get(calls.size() - 1);
        assertEquals(last[1], last[0]);
    }

    @Test
    void archivesAreReadAsPublished() throws Exception {
        Path zip = dir.resolve("foitext2007.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("foitext2007.txt"));
            out.write(Files.readAllBytes(RealFilesImportTest.FOITEXT));
            out.closeEntry();
        }
        assertEquals("maude", IncidentFormats.detect(zip).id());
        ImportResult maude = IncidentFormats.read(List.of(zip), ImportOptions.defaults(), null);
        assertEquals(7669, maude.read());
        assertEquals(5153, maude.incidents().size());

        Path gz = dir.resolve("device-event-0001-of-0001.json.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("""
                    {"results": [{"mdr_report_key": "1", "event_type": "Malfunction", "date_received": "20260701"}]}
                    """.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("openfda", IncidentFormats.detect(gz).id());
        ImportResult json = IncidentFormats.read(List.of(gz), ImportOptions.defaults(), null);
        assertEquals(1, json.loaded());
        assertEquals(EventType.MALFUNCTION, json.incidents().eventType(0));
    }

    @Test
    void severalCsvFilesAreConcatenated() throws Exception {
        Path a = dir.resolve("incidents-2025.csv");
        Path b = dir.resolve("incidents-2026.csv");
        Files.writeString(a, "id,date_received,narrative\nA1,2025-01-02,\"FIRST, \"\"QUOTED\"\"\"\n");
        Files.writeString(b, "id,date_received,narrative\nB1,2026-01-02,second\nB2,bad,x\n");
        ImportResult result = new IncidentCsvImporter().read(List.of(a, b), ImportOptions.defaults());
        assertEquals(2, result.files().size());
        assertEquals(3, result.read());
        assertEquals(1, result.rejected());
        assertEquals(List.of("A1", "B1"), List.of(result.incidents().id(0), result.incidents().id(1)));
        assertEquals("FIRST, \"QUOTED\"", result.incidents().narrative(0));
        assertEquals(b.toString(), result.incidents().location(1).file());
    }
}
