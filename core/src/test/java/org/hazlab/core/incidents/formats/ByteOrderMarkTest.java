package org.hazlab.core.incidents.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved with a UTF-8 byte order mark (Excel writes one) and renamed is recognised and read as the same file
 * without it: the real MAUDE text extract, a hazlab CSV and an openFDA event file. The format sniffer compared the
 * mark decoded as one character while it reads bytes as Latin-1 (three characters), so a MAUDE file with the mark
 * was taken for a CSV without an id column.
 */
class ByteOrderMarkTest {

    private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path withMark(String name, byte[] content) throws Exception {
        byte[] bytes = new byte[MARK.length + content.length];
        System.arraycopy(MARK, 0, bytes, 0, MARK.length);
        System.arraycopy(content, 0, bytes, MARK.length, content.length);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertSameImport(Path plain, Path marked, String format) throws Exception {
        ImportResult without = IncidentFormats.read(List.of(plain), ImportOptions.defaults(), null);
        ImportResult with = IncidentFormats.read(List.of(marked), ImportOptions.defaults(), null);
        assertEquals(format, without.format());
        assertEquals(format, with.format(), "recognised by content with the mark too");
        assertEquals(without.read(), with.read());
        assertEquals(without.loaded(), with.loaded(), () -> with.problems().toString());
        assertEquals(0, with.rejected(), () -> with.problems().toString());
        assertEquals(without.incidents().id(0), with.incidents().id(0), "the first key keeps no mark");
    }

    @Test
    void aRealMaudeTextExtractRenamedAndMarked() throws Exception {
        Path plain = Path.of("src/test/resources/incidents/real/maude_foitext2007_software_pos.txt");
        assertSameImport(plain, withMark("export.txt", Files.readAllBytes(plain)), "maude");
    }

    @Test
    void aMaudeMasterFileWithAHeaderAndAMark() throws Exception {
        String master = "MDR_REPORT_KEY|EVENT_TYPE|DATE_RECEIVED|REPORT_SOURCE_CODE\n"
                + "1001|D|03/31/2025|M\n1002|IN|04/01/2025|M\n";
        Path plain = dir.resolve("mdrfoi-plain.txt");
        Files.writeString(plain, master, StandardCharsets.ISO_8859_1);
        assertSameImport(plain, withMark("master.txt", master.getBytes(StandardCharsets.ISO_8859_1)), "maude");
    }

    @Test
    void aCsvAndAnOpenFdaFileMarked() throws Exception {
        String csv = "id,event_type,date_received\nR1,death,2026-01-02\nR2,malfunction,2026-01-03\n";
        Path plainCsv = dir.resolve("plain.csv");
        Files.writeString(plainCsv, csv);
        assertSameImport(plainCsv, withMark("marked.csv", csv.getBytes(StandardCharsets.UTF_8)), "csv");
        String json = "{\"meta\": {}, \"results\": [{\"report_number\": \"9\", \"event_type\": \"Death\"}]}\n";
        Path plainJson = dir.resolve("events.json");
        Files.writeString(plainJson, json);
        assertSameImport(plainJson, withMark("download", json.getBytes(StandardCharsets.UTF_8)), "openfda");
    }
}
