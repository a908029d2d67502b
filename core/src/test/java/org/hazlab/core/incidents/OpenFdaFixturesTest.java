package org.hazlab.core.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazlab.core.incidents.maude.MaudeImporter;
import org.hazlab.core.incidents.openfda.OpenFdaImporter;
import org.junit.jupiter.api.Test;

/**
 * Real MAUDE rows from FDA's openFDA pipeline test fixtures (CC0; incidents/real/README.md): a master, device
 * and text file with lower-case headers, CRLF, a stray quote in a brand name, devices without a master record,
 * and the same report 538836 as openFDA JSON. Both importers must agree on it.
 */
class OpenFdaFixturesTest {

    static final Path DIR = Path.of("src/test/resources/incidents/real/openfda-fixtures");

    @Test
    void maudeMasterDeviceAndTextJoin() throws Exception {
        ImportResult result = new MaudeImporter().read(List.of(DIR.resolve("mdrfoi.txt"), DIR.resolve("foidev.txt"),
                DIR.resolve("foitext.txt")), ImportOptions.defaults());
        IncidentStore store = result.incidents();
        assertEquals(2, store.size());
        Incident first = store.incident(0);
        assertEquals("538836", first.id());
        assertEquals(EventType.INJURY, first.eventType());
        assertEquals(LocalDate.of(2004, 8, 1), first.received());
        assertEquals(null, first.eventDate());
        assertEquals("JPA", first.productCode());
        assertTrue(first.narrative().startsWith("MFG RECEIVED REPORT FROM A PERFUSIONIST"));
        assertTrue(first.narrative().contains("\nETIOLOGY OF EVENT INVOLVES 3 DEVICES"));
        Incident second = store.incident(1);
        assertEquals("1511544", second.id());
        assertEquals(LocalDate.of(2009, 9, 8), second.eventDate());
        assertEquals("GXI", second.productCode(), "the row with a stray quote in BRAND_NAME is read, not swallowed");
        var device = result.files().get(1);
        assertEquals(5, device.read());
        assertEquals(2, device.loaded());
        assertEquals(3, device.rejected(), "three device rows belong to reports not in this master file");
        assertEquals(List.of("maude-no-master", "maude-no-master", "maude-no-master"),
                result.rejects().stream().map(p -> p.code()).toList());
        assertEquals(4, result.files().get(2).loaded());
    }

    @Test
    void openFdaEventOfTheSameReportAgrees() throws Exception {
        ImportResult json = new OpenFdaImporter().read(List.of(DIR.resolve("maude_one.json")),
                ImportOptions.defaults());
        assertEquals(1, json.loaded());
        Incident event = json.incidents().incident(0);
        ImportResult bulk = new MaudeImporter().read(List.of(DIR.resolve("mdrfoi.txt"), DIR.resolve("foitext.txt")),
                ImportOptions.defaults());
        Incident row = bulk.incidents().incident(0);
        assertEquals(row.id(), event.id());
        assertEquals(row.eventType(), event.eventType());
        assertEquals(row.received(), event.received());
        assertEquals(row.narrative(), event.narrative());
        assertEquals("JPA", event.productCode());
        assertEquals("1, Life Threatening; 1, Life Threatening, 2, Required Intervention", event.outcome());
    }
}
