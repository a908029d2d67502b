package org.hazlab.core.incidents;

import org.hazlab.core.incidents.formats.IncidentFormats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.incidents.healthcanada.HealthCanadaImporter;
import org.hazlab.core.incidents.maude.MaudeImporter;
import org.junit.jupiter.api.Test;

/** The importers on the two real files in test resources (see incidents/real/README.md). */
class RealFilesImportTest {

    static final Path REAL = Path.of("src/test/resources/incidents/real");
    static final Path HC = REAL.resolve("healthcanada_mdi_incidents_2024-09_2025-04.csv");
    static final Path FOITEXT = REAL.resolve("maude_foitext2007_software_pos.txt");

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void filesAreTheDocumentedCopies() throws Exception {
        assertEquals("801b04b09b1d2e8a0ff7566c952c6497e5557be993591f07fc094ab3e2060140", sha256(HC));
        assertEquals("2b147e7f6d3550713c5a15cba118a489188fc77808d3aa217b1ff08daa0c4695", sha256(FOITEXT));
    }

    @Test
    void healthCanadaExtractLoadsEveryIncident() throws Exception {
        ImportResult result = new HealthCanadaImporter().read(List.of(HC), ImportOptions.defaults());
        assertEquals(6970, result.read());
        assertEquals(6970, result.loaded(), () -> result.rejects().toString());
        assertEquals(0, result.rejected());
        // two incidents carry impossible incident dates (0011-12-27, 0001-12-26): kept, date dropped, warned
        assertEquals(List.of(3377, 4014), result.problems().stream()
                .filter(p -> p.code().equals("implausible-event-date")).map(p -> p.location().line()).toList());
        IncidentStore store = result.incidents();
        Map<EventType, Integer> byType = new java.util.EnumMap<>(EventType.class);
        Set<String> ids = new HashSet<>();
        int lzg = 0;
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int row = 0; row < store.size(); row++) {
            byType.merge(store.eventType(row), 1, Integer::sum);
            ids.add(store.id(row));
            if (store.productCode(row).equals("LZG")) {
                lzg++;
            }
            minDay = Math.min(minDay, store.receivedDay(row));
            maxDay = Math.max(maxDay, store.receivedDay(row));
        }
        assertEquals(6970, ids.size());
        // README counts: INJURY 2597, POTENTIAL 2386, MINIMAL/NO 1450, UNASSIGNED 413, DEATH 124
        assertEquals(124, byType.get(EventType.DEATH));
        assertEquals(2597, byType.get(EventType.INJURY));
        assertEquals(2386, byType.get(EventType.MALFUNCTION));
        assertEquals(1450, byType.get(EventType.OTHER));
        assertEquals(413, byType.get(EventType.NO_ANSWER));
        assertEquals(638, lzg, "single-code 80LZG rows");
        assertEquals(java.time.LocalDate.parse("2024-09-02").toEpochDay(), minDay);
        assertEquals(java.time.LocalDate.parse("2025-04-29").toEpochDay(), maxDay);
        Incident first = store.incident(0);
        assertEquals("909681", first.id());
        assertEquals("T:SLIM X2 INSULIN PUMP", first.narrative());
        assertTrue(store.location(0).toString().endsWith(":2"));
    }

    @Test
    void healthCanadaProductCodesLoseThePanelPrefix() {
        assertEquals("LZG; FRN", HealthCanadaImporter.productCodes("80LZG; 80FRN"));
        assertEquals("FRN", HealthCanadaImporter.productCodes("80FRN; 80FRN"));
    }

    @Test
    void realFoitextLoadsAllLinesAsNarratives() throws Exception {
        ImportResult result = new MaudeImporter().read(List.of(FOITEXT), ImportOptions.defaults());
        assertEquals(7669, result.read());
        assertEquals(7669, result.loaded(), () -> result.rejects().toString());
        assertEquals(5153, result.incidents().size());
        IncidentStore store = result.incidents();
        assertEquals("866131", store.id(0));
        assertTrue(store.narrative(0).startsWith("A CUSTOMER REPORTED RECEIVING AN ERR4 MESSAGE"));
        assertEquals(EventType.NO_ANSWER, store.eventType(0), "no master file: event type unknown");
        // report 882919 has a D and an N text: the description comes first
        int row = -1;
        for (int r = 0; r < store.size(); r++) {
            if (store.id(r).equals("882919")) {
                row = r;
            }
        }
        String narrative = store.narrative(row);
        assertTrue(narrative.startsWith("A CUSTOMER REPORTED AN ISSUE WITH THEIR FREESTYLE FLASH BLOOD GLUCOSE"));
        assertTrue(narrative.contains("\nTHE MONITOR HAS BEEN CONFIRMED"));
    }

    @Test
    void registryRecognisesFormatsByContent() throws java.io.IOException {
        assertEquals("maude", IncidentFormats.detect(FOITEXT).id());
        assertEquals("healthcanada", IncidentFormats.detect(HC).id());
    }
}
