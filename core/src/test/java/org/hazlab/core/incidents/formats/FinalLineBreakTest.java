package org.hazlab.core.incidents.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text incident file cut inside its last column still parses: its last record would be loaded short without a
 * word. Real and generated files, cut the way a broken download cuts them, through the one entry point every
 * caller uses ({@link IncidentFormats#read}): the last record is kept as it stands (loaded + rejected = read) and
 * a warning names the file's last line.
 */
class FinalLineBreakTest {

    private static final Path HEALTH_CANADA =
            Path.of("src/test/resources/incidents/real/healthcanada_mdi_incidents_2024-09_2025-04.csv");
    private static final Path PUMP = Path.of("../datasets/infusion-pump/incidents.csv");

    @TempDir
    Path dir;

    /** The file without its last {@code bytes} bytes, renamed (the format is then told by the content). */
    private Path cut(Path file, int bytes, String name) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Path copy = dir.resolve(name);
        Files.write(copy, Arrays.copyOf(all, all.length - bytes));
        return copy;
    }

    private static long lines(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        long breaks = 0;
        for (byte b : all) {
            breaks += b == '\n' ? 1 : 0;
        }
        return breaks + 1;
    }

    private static List<Problem> warnings(ImportResult result) {
        return result.problems().stream().filter(p -> p.code().equals("no-final-line-break")).toList();
    }

    @Test
    void aRealHealthCanadaExtractCutInItsLastFieldIsLoadedAndWarnedAbout() throws Exception {
        ImportResult whole = IncidentFormats.read(List.of(HEALTH_CANADA), ImportOptions.defaults(), null);
        // "(MANUFACTURER)\n" loses its last three bytes, "R)\n": the last column of the last record is cut short
        Path file = cut(HEALTH_CANADA, 3, "export.csv");
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), null);
        assertEquals("healthcanada", result.format());
        assertEquals(whole.read(), result.read());
        assertEquals(result.read(), result.loaded() + result.rejected());
        assertEquals(whole.loaded(), result.loaded(), "the last record is kept as it stands");
        List<Problem> warnings = warnings(result);
        assertEquals(1, warnings.size(), result.problems().toString());
        assertEquals(file.toString(), warnings.get(0).location().file());
        assertEquals(lines(file), warnings.get(0).location().line());
        assertTrue(warnings(whole).isEmpty(), "the whole file ends with a line break");
    }

    @Test
    void aGeneratedFileCutInItsLastColumnIsWarnedAboutOnItsLastLine() throws Exception {
        // "...RETURNED.,SYNTHETIC\n" cut to "...RETURNED.,SYNTH": the source column of the last report
        Path file = cut(PUMP, 5, "incidents-part.csv");
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), null);
        ImportResult whole = IncidentFormats.read(List.of(PUMP), ImportOptions.defaults(), null);
        assertEquals(whole.loaded(), result.loaded());
        assertEquals(0, result.rejected());
        List<Problem> warnings = warnings(result);
        assertEquals(1, warnings.size());
        assertEquals(lines(file), warnings.get(0).location().line());
        assertTrue(warnings.get(0).message().contains("cut off"), warnings.get(0).message());
        assertTrue(warnings(whole).isEmpty());
    }

    @Test
    void countingTheLinesOfACutFileIsShownAsProgressAndAWholeFileIsNotCounted() throws Exception {
        Path file = cut(PUMP, 5, "incidents-part.csv");
        List<String> shown = new ArrayList<>();
        ImportProgress progress = (label, done, total) -> shown.add(label + " " + done + "/" + total);
        IncidentFormats.read(List.of(file), ImportOptions.defaults().withProgress(progress), null);
        long size = Files.size(file);
        List<String> counting = shown.stream().filter(line -> line.contains("counting lines")).toList();
        assertEquals(List.of(file + ": counting lines " + size + "/" + size), counting,
                "the file is under 64 MB: reported once, when counted");

        shown.clear();
        IncidentFormats.read(List.of(PUMP), ImportOptions.defaults().withProgress(progress), null);
        assertTrue(shown.stream().noneMatch(line -> line.contains("counting lines")), shown.toString());
    }

    @Test
    void aCutThatBreaksTheRecordIsAnErrorAndStillNamesTheMissingLineBreak() throws Exception {
        // a cut inside the quoted narrative of the last record: the quote is never closed
        byte[] all = Files.readAllBytes(PUMP);
        String text = new String(all, StandardCharsets.UTF_8);
        int lastQuote = text.lastIndexOf('"');
        Path file = dir.resolve("cut-in-narrative.csv");
        Files.write(file, Arrays.copyOf(all, text.substring(0, lastQuote - 10).getBytes(StandardCharsets.UTF_8).length));
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), null);
        assertEquals(1, result.rejected());
        assertEquals(result.read(), result.loaded() + result.rejected());
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("unterminated-quote")));
        assertEquals(1, warnings(result).size());
    }

    @Test
    void jsonAndCompressedFilesAreLeftToTheirOwnReaders() throws Exception {
        Path json = dir.resolve("events.json");
        Files.writeString(json, "{\"meta\": {}, \"results\": [{\"report_number\": \"1\", \"event_type\": \"Death\"}]}");
        ImportResult fromJson = IncidentFormats.read(List.of(json), ImportOptions.defaults(), null);
        assertEquals(1, fromJson.loaded());
        assertTrue(warnings(fromJson).isEmpty());
        Path gzip = dir.resolve("events.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(Files.readAllBytes(json));
        }
        ImportResult fromGzip = IncidentFormats.read(List.of(gzip), ImportOptions.defaults(), null);
        assertEquals(1, fromGzip.loaded());
        // UTF-16 ends its lines with two bytes: "\n\0" is a line break, not a missing one
        Path utf16 = dir.resolve("incidents-utf16.csv");
        Files.write(utf16, "\uFEFFid,event_type\n1,death\n".getBytes(StandardCharsets.UTF_16LE));
        ImportResult fromUtf16 = IncidentFormats.read(List.of(utf16),
                ImportOptions.defaults().withCharset(StandardCharsets.UTF_16LE), "table");
        assertEquals(1, fromUtf16.loaded(), fromUtf16.problems().toString());
        assertTrue(warnings(fromUtf16).isEmpty(), fromUtf16.problems().toString());
        assertTrue(warnings(fromGzip).isEmpty(), fromGzip.problems().toString());
    }

    @Test
    void lineBreaksAreCountedExactlyEightBytesAtATime() {
        java.util.Random random = new java.util.Random(62304);
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                // line feeds among bytes that differ from it by one bit, high bytes and zeros
                bytes[i] = (byte) new int[] {'\n', '\n', 0x0B, 0x8A, 0x0E, 0x00, 0xFF, 'A'}[random.nextInt(8)];
            }
            int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            long expected = 0;
            for (int i = 0; i < length; i++) {
                expected += bytes[i] == '\n' ? 1 : 0;
            }
            assertEquals(expected, FinalLineBreak.lineBreaks(bytes, length), Arrays.toString(bytes) + " " + length);
        }
    }
}
