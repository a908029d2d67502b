package org.hazlab.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawTable;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.io.csv.DelimitedTableReader;
import org.hazlab.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentGeneratorTest {

    private static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @TempDir
    Path temp;

    @Test
    void sameSeedAndArgumentsGiveTheSameBytes() throws Exception {
        IncidentProfile profile = TestProfiles.small();
        String first = sha256(TestProfiles.generate(profile, 42, FROM, TO, 0));
        String second = sha256(TestProfiles.generate(TestProfiles.small(), 42, FROM, TO, 0));
        String otherSeed = sha256(TestProfiles.generate(profile, 43, FROM, TO, 0));
        String otherTarget = sha256(TestProfiles.generate(profile, 42, FROM, TO, 5_000));
        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
        assertNotEquals(first, otherTarget);
    }

    @Test
    void targetRowsScalesTheRowCount() throws Exception {
        IncidentProfile profile = TestProfiles.small();
        StringWriter out = new StringWriter();
        GenerationSummary summary = IncidentGenerator.generate(profile, 7, FROM, TO, 20_000, out);
        long lines = out.toString().chars().filter(c -> c == '\n').count();
        RawTable table = read(out.toString());
        assertEquals(summary.rows(), table.rows().size());
        assertEquals(0, table.rejectedRows());
        assertTrue(lines > summary.rows(), "embedded line breaks make more lines than records");
        assertTrue(Math.abs(summary.rows() - 20_000) < 600, "rows: " + summary.rows());
        double expected = IncidentGenerator.expectedRows(profile, FROM, TO);
        assertEquals(20_000 / expected, summary.scale(), 1e-9);
        assertEquals(summary.rows(), summary.rowsByStream().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void profileRatesAreUsedWithoutATarget() throws Exception {
        IncidentProfile profile = TestProfiles.small();
        StringWriter out = new StringWriter();
        GenerationSummary summary = IncidentGenerator.generate(profile, 7, FROM, TO, 0, out);
        double expected = IncidentGenerator.expectedRows(profile, FROM, TO);
        assertEquals(1.0, summary.scale());
        assertTrue(Math.abs(summary.rows() - expected) < 4 * Math.sqrt(expected),
                summary.rows() + " rows, expected about " + expected);
    }

    @Test
    void plantedTrendRisesWellAboveTheBaseline() throws Exception {
        RawTable table = read(TestProfiles.generate(TestProfiles.small(), 11, FROM, TO, 0));
        QuarterCounts rise = QuarterCounts.of(table, "HZ-RISE");
        QuarterCounts flat = QuarterCounts.of(table, "HZ-FLAT");
        // 2 a month is 6 a quarter in 2024; the trend makes 2026-Q3 about 2 x (4.5 + 6.1 + 8.2) = 37.
        assertTrue(rise.in("2026-Q3") >= 4 * rise.mean2024(), rise.toString());
        assertTrue(rise.in("2026-Q3") > rise.in("2026-Q2") && rise.in("2026-Q2") > rise.in("2026-Q1"),
                rise.toString());
        assertTrue(flat.in("2026-Q3") < 1.5 * flat.mean2024(), flat.toString());
    }

    @Test
    void narrativesWithCommasQuotesAndLineBreaksSurviveAnRfc4180Reader() throws Exception {
        String csv = TestProfiles.generate(TestProfiles.small(), 3, FROM, LocalDate.of(2023, 12, 31), 0);
        assertTrue(csv.contains("\"RISING \"\"LOW RATE\"\" OCCLUSION AT "), "quotes are doubled inside quotes");
        RawTable table = read(csv);
        assertEquals(0, table.rejectedRows(), table.problems().toString());
        assertEquals(IncidentCsv.HEADER, table.headers());
        int narrative = IncidentCsv.HEADER.indexOf("narrative");
        List<String> rising = table.rows().stream().map(r -> r.cell(narrative))
                .filter(n -> n.startsWith("RISING")).toList();
        assertTrue(!rising.isEmpty());
        assertTrue(rising.stream().allMatch(n -> n.contains("\"LOW RATE\"") && n.contains("\nSECOND LINE")));
        assertTrue(table.rows().stream().map(r -> r.cell(narrative)).anyMatch(n -> n.contains("2,5 ML/HR")));
    }

    @Test
    void quotingFollowsRfc4180() {
        StringBuilder out = new StringBuilder();
        IncidentCsv.appendField(out, "plain");
        out.append('|');
        IncidentCsv.appendField(out, "a,b");
        out.append('|');
        IncidentCsv.appendField(out, "say \"hi\"");
        out.append('|');
        IncidentCsv.appendField(out, "two\r\nlines");
        assertEquals("plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\r\nlines\"", out.toString());
    }

    @Test
    void rowsAreSortedByDateThenIdAndFieldsAreConsistent() throws Exception {
        RawTable table = read(TestProfiles.generate(TestProfiles.small(), 5, FROM, TO, 0));
        int id = IncidentCsv.HEADER.indexOf("id");
        int received = IncidentCsv.HEADER.indexOf("date_received");
        int event = IncidentCsv.HEADER.indexOf("event_date");
        int type = IncidentCsv.HEADER.indexOf("event_type");
        int hazards = IncidentCsv.HEADER.indexOf("hazards");
        int items = IncidentCsv.HEADER.indexOf("items");
        String previous = "";
        for (RawRow row : table.rows()) {
            String key = row.cell(received) + row.cell(id);
            assertTrue(key.compareTo(previous) > 0, key + " after " + previous);
            previous = key;
            LocalDate got = LocalDate.parse(row.cell(received));
            assertTrue(!got.isBefore(FROM) && !got.isAfter(TO));
            if (!row.cell(event).isEmpty()) {
                assertTrue(!LocalDate.parse(row.cell(event)).isAfter(got));
            }
            assertTrue(IncidentProfile.EVENT_TYPES.contains(row.cell(type)), row.cell(type));
            if (row.cell(hazards).equals("HZ-FLAT")) {
                assertEquals("A;B", row.cell(items));
            }
        }
    }

    @Test
    void invalidArgumentsAreRejected() throws Exception {
        IncidentProfile profile = TestProfiles.small();
        assertThrows(IllegalArgumentException.class, () -> TestProfiles.generate(profile, 1, TO, FROM, 0));
        assertThrows(IllegalArgumentException.class, () -> TestProfiles.generate(profile, 1, FROM, TO, -1));
    }

    @Test
    void profileProblemsAreReportedTogetherWithTheirPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestProfiles.parse("""
                { "vocabulary": { "rate": ["1"] },
                  "eventTypes": { "malfunction": 1, "explosion": 2 },
                  "productCodes": { "FRN": 1 },
                  "hazards": [ { "hazard": "HZ-1", "monthlyMean": -1, "explicitLinkShare": 1.5,
                                 "trend": { "start": "March", "monthlyGrowth": 1.1 },
                                 "narratives": ["AT {rate} WITH {dose}"] } ] }
                """));
        String all = e.problems().toString();
        assertTrue(all.contains("hazards[0].eventTypes.explosion is not an event type"), all);
        assertTrue(all.contains("hazards[0].monthlyMean"), all);
        assertTrue(all.contains("hazards[0].explicitLinkShare is 1.5"), all);
        assertTrue(all.contains("hazards[0].trend.start is not a month"), all);
        assertTrue(all.contains("hazards[0].narratives[0] uses {dose}"), all);
        assertEquals(5, e.problems().size(), all);
    }

    @Test
    void generationDefaultsAreReadAndChecked() throws Exception {
        String streams = "\"eventTypes\": {\"other\": 1}, \"productCodes\": {\"FRN\": 1},"
                + " \"unrelated\": [ { \"label\": \"x\", \"monthlyMean\": 1, \"narratives\": [\"X\"] } ]";
        IncidentProfile recorded = TestProfiles.parse("{ \"generation\": { \"seed\": 5, \"from\": \"2024-01-01\","
                + " \"to\": \"2024-12-31\" }, " + streams + " }");
        assertEquals(new GenerationDefaults(5, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 0,
                "incidents.csv"), recorded.generationDefaults().orElseThrow());
        assertTrue(TestProfiles.small().generationDefaults().isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestProfiles.parse(
                "{ \"generation\": { \"seed\": 5, \"from\": \"2024-12-31\", \"to\": \"2024-01-01\" }, "
                        + streams + " }"));
        assertTrue(e.getMessage().contains("generation needs from <= to"), e.getMessage());
    }

    @Test
    void nullTextsAreErrors() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestProfiles.parse("""
                { "vocabulary": { "rate": ["1", null] }, "closings": [null],
                  "eventTypes": { "malfunction": 1 }, "productCodes": { "FRN": 1 },
                  "hazards": [ { "hazard": "HZ-1", "monthlyMean": 1, "narratives": ["AT {rate}"] } ] }
                """));
        String all = e.problems().toString();
        assertTrue(all.contains("vocabulary.rate contains null") && all.contains("closings contains null"), all);
    }

    @Test
    void unknownKeysAreErrorsWithALine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestProfiles.parse(
                "{\n  \"hazards\": [ { \"hazard\": \"HZ-1\", \"monthlyMaen\": 2 } ]\n}"));
        assertEquals(2, e.problems().get(0).location().line());
        assertTrue(e.problems().get(0).message().contains("monthlyMaen"), e.getMessage());
    }

    @Test
    void poissonCountsHaveTheRequestedMean() {
        var random = new java.util.SplittableRandom(1);
        for (double mean : new double[] {0.2, 3.7, 1200}) {
            long sum = 0;
            int n = 4000;
            for (int i = 0; i < n; i++) {
                sum += PoissonCount.draw(random, mean);
            }
            double sampleMean = (double) sum / n;
            assertEquals(mean, sampleMean, 4 * Math.sqrt(mean / n), "mean " + mean);
        }
        assertEquals(0, PoissonCount.draw(random, 0));
    }

    private RawTable read(String csv) throws IOException {
        Path file = temp.resolve("incidents-" + System.nanoTime() + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new DelimitedTableReader().read(file, ReadOptions.labelled("incidents.csv"));
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
