package org.hazlab.core.incidents.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.generate.IncidentCsv;
import org.hazlab.core.generate.IncidentGenerator;
import org.hazlab.core.generate.IncidentProfiles;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.csv.CsvSecondHalf.Outcome;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in two halves on two threads gives exactly what one pass gives: every row, code number,
 * narrative, problem (with file:line:column) and count, on generated data and on files built so that the split
 * falls inside a multi-line quoted field, among rejects, CRLF line ends, blank lines and duplicate ids.
 */
class SplitCsvImportTest {

    private static final Path PROFILE = Path.of("../datasets/infusion-pump/incident-profile.json");
    private static final String HEADER = String.join(",", IncidentCsv.HEADER);

    @TempDir
    Path dir;

    /** Reads the file in one pass and in two halves, asserts the outcome of the split and the same rendering. */
    private static ImportResult both(Path file, ImportOptions options, Outcome expected) throws Exception {
        IncidentCsvImporter sequential = new IncidentCsvImporter(Long.MAX_VALUE, 1);
        IncidentCsvImporter parallel = new IncidentCsvImporter(0, 2);
        ImportResult one = sequential.read(List.of(file), options);
        ImportResult two = parallel.read(List.of(file), options);
        assertEquals(Outcome.SEQUENTIAL, sequential.lastSplit);
        assertEquals(expected, parallel.lastSplit);
        ImportRendering.assertSame(one, two);
        return one;
    }

    private static ImportResult both(Path file, Outcome expected) throws Exception {
        return both(file, ImportOptions.defaults(), expected);
    }

    private static String row(String id, String received, String type, String narrative) {
        StringBuilder line = new StringBuilder();
        List<String> fields = List.of(id, received, "2023-01-02", type, "FRN", "Occlusion", "H1; H2", "", "",
                narrative, "SYNTHETIC");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            IncidentCsv.appendField(line, fields.get(i));
        }
        return line.toString();
    }

    private Path write(String name, List<String> lines, String lineEnd) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join(lineEnd, lines) + lineEnd, StandardCharsets.UTF_8);
        return file;
    }

    /** The byte offset the importer guesses around: the middle of what follows the header. */
    private static long middle(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int headerEnd = new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 1;
        return headerEnd + (bytes.length - headerEnd) / 2;
    }

    @Test
    void generatedHundredThousandRowsComeOutTheSame() throws Exception {
        Path file = dir.resolve("generated.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            IncidentGenerator.generate(IncidentProfiles.read(PROFILE), 11, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2025, 12, 31), 100_000, out);
        }
        ImportResult result = both(file, Outcome.HALVES);
        assertTrue(result.loaded() > 95_000, "rows: " + result.loaded());
        assertEquals(0, result.rejected());
    }

    @Test
    void progressIsReportedForBothHalvesAndEndsAtTheFileSize() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 300_000; i++) {
            lines.add("R" + i + ",2024-01-01,,other,,,,,,,");
        }
        Path file = write("progress.csv", lines, "\n");
        List<long[]> progress = new ArrayList<>();
        IncidentCsvImporter parallel = new IncidentCsvImporter(0, 2);
        parallel.read(List.of(file), ImportOptions.defaults()
                .withProgress((label, done, total) -> progress.add(new long[] {done, total})));
        long size = Files.size(file);
        assertEquals(Outcome.HALVES, parallel.lastSplit);
        assertTrue(progress.size() >= 3, "progress calls: " + progress.size());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i)[0] >= progress.get(i - 1)[0], "progress went back at call " + i);
            assertEquals(size, progress.get(i)[1]);
        }
        assertEquals(size, progress.get(progress.size() - 1)[0]);
    }

    @Test
    void middleInsideAMultiLineNarrativeSplitsAtTheNextRecord() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        StringBuilder longText = new StringBuilder("THE PUMP \"\"ALARMED\"\":");
        for (int k = 0; k < 300; k++) {
            longText.append("\nline ").append(k).append(", with a comma; and ünïcode");
        }
        for (int i = 0; i < 40; i++) {
            lines.add(row("R" + i, "2024-01-0" + (1 + i % 9), "malfunction",
                    i == 20 ? longText.toString().replace("\"\"", "\"") : "short text " + i));
        }
        Path file = write("multiline.csv", lines, "\n");
        String text = Files.readString(file);
        int from = text.indexOf("R20,");
        int to = text.indexOf("R21,");
        long middle = middle(file);
        assertTrue(middle > from && middle < to, "the middle " + middle + " is not inside record R20");
        ImportResult result = both(file, Outcome.HALVES);
        assertEquals(40, result.loaded());
        assertTrue(result.incidents().narrative(20).contains("line 299, with a comma; and ünïcode"));
        assertEquals(323, result.incidents().location(21).line());
    }

    @Test
    void aGuessInsideAQuotedFieldIsThrownAwayAndTheFileReadOnInOnePass() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        StringBuilder fake = new StringBuilder("a narrative quoting records:");
        for (int k = 0; k < 200; k++) {
            fake.append('\n').append(row("FAKE" + k, "2024-02-0" + (1 + k % 9), "injury", "not a record"));
        }
        for (int i = 0; i < 30; i++) {
            lines.add(row("R" + i, "2024-03-0" + (1 + i % 9), "injury", i == 15 ? fake.toString() : "text " + i));
        }
        Path file = write("fake.csv", lines, "\n");
        ImportResult result = both(file, Outcome.FALLBACK);
        assertEquals(30, result.read());
        assertEquals(30, result.loaded());
        assertTrue(result.incidents().narrative(15).contains("FAKE199,"));
    }

    @Test
    void rejectsOnBothSidesOfTheSplitKeepTheirLinesAndOrder() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 200; i++) {
            String line = row("R" + i, "2024-04-0" + (1 + i % 9), i % 3 == 0 ? "death" : "malfunction",
                    i % 7 == 0 ? "quoted, \"with\" quotes\nand a line break" : "plain " + i);
            switch (i) {
                case 5, 150 -> line = line.replace("2024-04-", "2024-13-");
                case 20, 170 -> line = line + ",extra";
                case 30, 180 -> line = line.substring(line.indexOf(','));
                case 40, 190 -> line = line.replace("death", "exploded").replace("malfunction", "exploded");
                case 60, 160 -> line = line.replace("FRN", "\"F\"\"RN\"");
                default -> { }
            }
            lines.add(line);
        }
        lines.add("LAST,2024-05-01,2024-05-01,injury,FRN,,,,,\"never closed\nat the end");
        Path file = write("rejects.csv", lines, "\n");
        ImportResult result = both(file, Outcome.HALVES);
        assertEquals(201, result.read());
        assertEquals(9, result.rejected());
        List<Problem> rejects = result.rejects();
        assertEquals("bad-date", rejects.get(4).code());
        assertTrue(rejects.get(4).location().line() > 150, rejects.get(4).format());
        assertEquals("unterminated-quote", rejects.get(8).code());
        assertEquals("F\"RN", result.incidents().productCode(56));
    }

    @Test
    void anUnterminatedQuoteInTheFirstHalfSwallowsTheRestAsInOnePass() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 100; i++) {
            lines.add(row("R" + i, "2024-05-0" + (1 + i % 9), "injury", "text " + i));
        }
        lines.set(10, "R9,2024-05-01,2024-05-01,injury,FRN,,,,,\"opened, never closed");
        ImportResult result = both(write("open.csv", lines, "\n"), Outcome.FALLBACK);
        assertEquals(10, result.read());
        assertEquals(1, result.rejected());
        assertEquals("unterminated-quote", result.rejects().get(0).code());
        assertTrue(result.rejects().get(0).format().contains("open.csv:11"), result.rejects().get(0).format());
    }

    @Test
    void rejectsPastTheProblemCapAreCountedAlike() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 3000; i++) {
            lines.add(row("R" + i, i % 10 == 0 ? "2024-06-01" : "no date " + i, "other", "text"));
        }
        Path file = write("many.csv", lines, "\n");
        ImportResult result = both(file, Outcome.HALVES);
        assertEquals(2700, result.rejected());
        assertEquals(ImportResult.PROBLEM_CAP + 1, result.problems().size());
        assertEquals("rejects-omitted", result.problems().get(ImportResult.PROBLEM_CAP).code());
    }

    @Test
    void crlfLineEndsAndBlankLinesAroundTheSplit() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 100; i++) {
            lines.add(row("R" + i, "2024-07-0" + (1 + i % 9), "injury", i % 4 == 0 ? "two\r\nlines" : "one"));
            lines.add("");
        }
        Path crlf = write("crlf.csv", lines, "\r\n");
        ImportResult result = both(crlf, Outcome.HALVES);
        assertEquals(100, result.loaded());
        assertEquals("two\r\nlines", result.incidents().narrative(96));
        assertEquals(2 + 99 * 2 + 25, result.incidents().location(99).line());
        Path lf = write("blank.csv", lines, "\n");
        assertEquals(100, both(lf, Outcome.HALVES).loaded());
    }

    @Test
    void duplicateIdsAcrossTheSplitAreBothKept() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 100; i++) {
            lines.add(row(i % 40 == 3 ? "DUP" : "R" + i, "2024-08-0" + (1 + i % 9), "other", "t" + i));
        }
        ImportResult result = both(write("dups.csv", lines, "\n"), Outcome.HALVES);
        IncidentStore store = result.incidents();
        assertEquals("DUP", store.id(3));
        assertEquals("DUP", store.id(83));
        assertEquals(100, store.size());
    }

    @Test
    void mappedHeadersDateFormatAndDefaultSourceGiveTheSameCodes() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Report;Received;Kind;Device;Text"));
        for (int i = 0; i < 200; i++) {
            lines.add("M" + i + ";0" + (1 + i % 9) + "/15/2024;" + (i % 2 == 0 ? "injury" : "death") + ";P"
                    + (i * 7 % 13) + ";" + (i == 150 ? "31/31/2024" : "x"));
        }
        lines.set(151, "M150;31/31/2024;injury;P1;bad date");
        ImportOptions options = new ImportOptions(Map.of("Report", "id", "Kind", "event_type", "Device",
                "product_code", "Text", "narrative"), ';', null, "MAUDE", null).withDateFormat("MM/dd/yyyy");
        ImportResult result = both(write("mapped.csv", lines, "\n"), options, Outcome.HALVES);
        assertEquals(1, result.rejected());
        assertEquals("MAUDE", result.incidents().source(198));
    }

    @Test
    void smallFilesOneCoreAndTheSystemPropertyReadInOnePass() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 50; i++) {
            lines.add(row("R" + i, "2024-09-01", "other", "t"));
        }
        Path file = write("small.csv", lines, "\n");
        IncidentCsvImporter defaults = new IncidentCsvImporter(IncidentCsvImporter.PARALLEL_THRESHOLD, 2);
        defaults.read(List.of(file), ImportOptions.defaults());
        assertEquals(Outcome.SEQUENTIAL, defaults.lastSplit);
        IncidentCsvImporter oneCore = new IncidentCsvImporter(0, 1);
        oneCore.read(List.of(file), ImportOptions.defaults());
        assertEquals(Outcome.SEQUENTIAL, oneCore.lastSplit);
        String old = System.getProperty("hazlab.import.threads");
        try {
            System.setProperty("hazlab.import.threads", "1");
            assertEquals(1, IncidentCsvImporter.threads());
            System.clearProperty("hazlab.import.threads");
            assertEquals(Runtime.getRuntime().availableProcessors(), IncidentCsvImporter.threads());
        } finally {
            if (old != null) {
                System.setProperty("hazlab.import.threads", old);
            }
        }
    }
}
