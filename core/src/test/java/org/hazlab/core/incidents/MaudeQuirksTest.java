package org.hazlab.core.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazlab.core.incidents.maude.MaudeImporter;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic MAUDE files with one of every quirk of the real bulk files (REFERENCE.md section 4). */
class MaudeQuirksTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    private ImportResult load() throws Exception {
        Path master = write("mdrfoi.txt", String.join("\n",
                "MDR_REPORT_KEY|EVENT_KEY|REPORT_NUMBER|DATE_RECEIVED|EVENT_TYPE|DATE_OF_EVENT|EXTRA_NEW_COLUMN",
                "1001||R1|03/31/2026|IN|03/01/2026|x",
                "  1002||R2|2026-04-02|D|*|x",          // padded key, ISO date, * as null
                "1003.0||R3|20260405|M||x",              // key ending in .0, compact date
                "1004||R\"4|4/7/2026|*|03/30/2026|x",    // stray quote, one-digit month, * event type
                "1234567890123456789012||R5|04/08/2026|M||x", // key too long to be a key
                "1006||R6|31/31/2026|M||x",              // bad date
                "1007||R7|04/09/2026|Q||x",              // unknown event type
                "1008||R8|04/09/2026|M|"));              // one field short
        Path device = write("foidev2026.txt", String.join("\n",
                "MDR_REPORT_KEY|DEVICE_EVENT_KEY|BRAND_NAME|GENERIC_NAME|MANUFACTURER_D_NAME|DEVICE_REPORT_PRODUCT_CODE",
                "1001||PUMPÉ 3000|INFUSION PUMP|ACME|FRN",
                "1002.0||PUMP|PUMP|ACME|FRN",
                "1002||SET|SET|ACME|FPA",
                "1003||X|X|X|*",
                "9999||X|X|X|FRN"));                     // no master record
        Path problems = write("foidevproblem.txt", String.join("\n", "1001|2993", "1001|1044", "1003|2993"));
        Path text = write("foitext2026.txt", String.join("\n",
                "1001|501|D|1||IT WAS REPORTED THAT THE PUMP | STOPPED | WITH ERROR 12.",   // pipes inside text
                "1001|502|N|1||MANUFACTURER NARRATIVE.",
                "1001|501|D|1||IT WAS REPORTED THAT THE PUMP | STOPPED | WITH ERROR 12.",   // duplicate text key
                "1002|503|D|1||FIRST LINE OF THE REPORT",
                "SECOND LINE AFTER A RAW LINE BREAK, WITH \"QUOTE",                           // continuation
                "  3RD LINE",
                "1003|504|D|1|03/31/2026|NO \"QUOTED\" FIELDS HERE"));
        return new MaudeImporter().read(List.of(master, device, problems, text), ImportOptions.defaults());
    }

    private static Map<String, Incident> byId(IncidentStore store) {
        return java.util.stream.IntStream.range(0, store.size()).mapToObj(store::incident)
                .collect(Collectors.toMap(Incident::id, Function.identity()));
    }

    @Test
    void joinsTheFourFilesOnTheReportKey() throws Exception {
        ImportResult result = load();
        Map<String, Incident> reports = byId(result.incidents());
        assertEquals(List.of("1001", "1002", "1003", "1004"), reports.keySet().stream().sorted().toList());
        Incident first = reports.get("1001");
        assertEquals(EventType.INJURY, first.eventType());
        assertEquals(LocalDate.of(2026, 3, 31), first.received());
        assertEquals(LocalDate.of(2026, 3, 1), first.eventDate());
        assertEquals("FRN", first.productCode());
        assertEquals("2993; 1044", first.problemCode());
        assertEquals("IT WAS REPORTED THAT THE PUMP | STOPPED | WITH ERROR 12.\nMANUFACTURER NARRATIVE.",
                first.narrative());
        assertEquals("MAUDE", first.source());
    }

    @Test
    void paddedAndDecimalKeysMixedDatesAndStars() throws Exception {
        Map<String, Incident> reports = byId(load().incidents());
        Incident second = reports.get("1002");
        assertEquals(EventType.DEATH, second.eventType());
        assertEquals(LocalDate.of(2026, 4, 2), second.received());
        assertEquals(null, second.eventDate());
        assertEquals("FRN; FPA", second.productCode(), "two devices, padded and .0 keys");
        Incident third = reports.get("1003");
        assertEquals(LocalDate.of(2026, 4, 5), third.received());
        assertEquals("", third.productCode(), "* is null");
        assertEquals("NO \"QUOTED\" FIELDS HERE", third.narrative());
        Incident fourth = reports.get("1004");
        assertEquals(EventType.NO_ANSWER, fourth.eventType());
        assertEquals(LocalDate.of(2026, 4, 7), fourth.received());
    }

    @Test
    void rawLineBreaksContinueTheRecord() throws Exception {
        Incident second = byId(load().incidents()).get("1002");
        assertEquals("FIRST LINE OF THE REPORT\nSECOND LINE AFTER A RAW LINE BREAK, WITH \"QUOTE\n  3RD LINE",
                second.narrative());
    }

    @Test
    void latin1IsDecoded() throws Exception {
        // the brand name is not kept, but the file must decode without error; check through a text row
        Path text = write("foitext.txt", "77|1|D|1||PATIENT WAS IN THE HÔPITAL\n");
        ImportResult result = new MaudeImporter().read(List.of(text), ImportOptions.defaults());
        assertEquals("PATIENT WAS IN THE HÔPITAL", result.incidents().narrative(0));
    }

    @Test
    void everyBadRecordIsRejectedWithLocationAndReason() throws Exception {
        ImportResult result = load();
        Map<String, ImportResult.FileCount> counts = result.files().stream()
                .collect(Collectors.toMap(ImportResult.FileCount::role, Function.identity()));
        assertEquals(8, counts.get("mdrfoi").read());
        assertEquals(4, counts.get("mdrfoi").loaded());
        assertEquals(4, counts.get("mdrfoi").rejected());
        assertEquals(5, counts.get("device").read());
        assertEquals(1, counts.get("device").rejected());
        assertEquals(3, counts.get("foidevproblem").loaded());
        assertEquals(5, counts.get("foitext").read());
        assertEquals(5, counts.get("foitext").loaded());
        assertEquals(1, counts.get("foitext").duplicates());
        List<String> codes = result.rejects().stream().map(p -> p.code() + "@" + p.location()).toList();
        Path dirName = dir;
        assertEquals(List.of(
                "maude-bad-key@" + dirName.resolve("mdrfoi.txt") + ":6",
                "maude-bad-date@" + dirName.resolve("mdrfoi.txt") + ":7:4",
                "maude-bad-event-type@" + dirName.resolve("mdrfoi.txt") + ":8:5",
                "maude-malformed@" + dirName.resolve("mdrfoi.txt") + ":9",
                "maude-no-master@" + dirName.resolve("foidev2026.txt") + ":6"), codes);
        for (Problem problem : result.rejects()) {
            assertTrue(!problem.message().isBlank());
        }
        assertEquals(result.read(), result.loaded() + result.rejected());
    }

    @Test
    void anOrphanContinuationLineIsRejected() throws Exception {
        Path text = write("foitext.txt", "NOT A RECORD\n5|1|D|1||OK\n");
        ImportResult result = new MaudeImporter().read(List.of(text), ImportOptions.defaults());
        assertEquals(2, result.read());
        assertEquals(1, result.rejected());
        assertEquals("maude-malformed", result.rejects().get(0).code());
    }
}
