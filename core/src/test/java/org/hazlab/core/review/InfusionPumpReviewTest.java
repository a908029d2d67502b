package org.hazlab.core.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.history.HistoryVerifier;
import org.hazlab.core.review.link.LinkRules;
import org.hazlab.core.review.trigger.Trigger;
import org.hazlab.core.review.trigger.TriggerKind;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2026-Q3 review of the shipped infusion-pump workspace finds the planted HZ-010 trend. */
class InfusionPumpReviewTest {

    static final Path WORKSPACE = Path.of("../datasets/infusion-pump");
    static final Path INCIDENTS = WORKSPACE.resolve("incidents.csv");
    static SafetyModel model;
    static IncidentStore incidents;

    /** The rules a periodic-review script would declare: keywords for hazards reports do not name. */
    static final LinkRules RULES = LinkRules.builder()
            .keywords("HZ-010", "LOW RATE OF", "LOW FLOW RATE", "LOW-RATE")
            .keywords("HZ-012", "FALSE OCCLUSION", "NUISANCE OCCLUSION", "ALTHOUGH THE LINE WAS PATENT")
            .keywords("HZ-001", "FREE FLOW")
            .build();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        model = WorkspaceLoader.load(WORKSPACE).safetyModel().orElseThrow();
        incidents = new IncidentCsvImporter().read(List.of(INCIDENTS), ImportOptions.defaults()).incidents();
    }

    static ReviewOptions options() {
        return ReviewOptions.forPeriod("2026-Q3").withLinkRules(RULES).withInputFiles(List.of(INCIDENTS))
                .withVersion("test").withScriptHash("0".repeat(64));
    }

    @Test
    void findsThePlantedHz010Trend() throws Exception {
        ReviewResult result = PeriodicReview.analyse(model, incidents, options());
        HazardReview hz010 = result.hazard("HZ-010").orElseThrow();
        List<String> periods = result.periods().stream().map(Period::toString).toList();
        assertEquals("2023-Q4", periods.get(0));
        assertEquals("2026-Q3", periods.get(periods.size() - 1));
        // README: 12, 8, 8, 6 in 2024; 12 in 2026-Q2; 31 in 2026-Q3
        assertEquals(31, hz010.reviewCount());
        assertEquals(12, hz010.counts()[periods.indexOf("2026-Q2")]);
        assertArrayEquals(new long[] {12, 8, 8, 6}, java.util.Arrays.copyOfRange(hz010.counts(),
                periods.indexOf("2024-Q1"), periods.indexOf("2024-Q4") + 1));
        assertTrue(hz010.now().fired().contains("c-chart"), hz010.now().fired().toString());
        assertTrue(hz010.now().fired().contains("cusum"));
        assertTrue(hz010.newSignals().contains("c-chart"));
        Trigger trigger = result.triggers().stream()
                .filter(t -> t.kind() == TriggerKind.NEW_SIGNAL && t.hazard().equals("HZ-010")).findFirst()
                .orElseThrow(() -> new AssertionError(result.triggers().toString()));
        assertEquals(31, trigger.evidence().size());
        assertEquals(List.of("IPC-OCC", "IPC-ALM"), trigger.items());
        assertTrue(trigger.action().startsWith("reassess hazard HZ-010 and items IPC-OCC, IPC-ALM"));
        // the items of HZ-010 trend too; their trend is explained by HZ-010, so no separate item trigger
        assertTrue(result.item("IPC-ALM").orElseThrow().now().fired().contains("c-chart"));
        assertTrue(result.item("IPC-OCC").orElseThrow().newSignals().contains("cusum"));
        assertTrue(result.triggers().stream().noneMatch(t -> t.hazard().isEmpty()
                && t.kind() == TriggerKind.NEW_SIGNAL), result.triggers().toString());
        assertEquals(24, result.itemSignals().rowCount());
    }

    @Test
    void theReportsFewUnlinkedRowsAreTheFirstOfTheWholeTable() throws Exception {
        ReviewResult result = PeriodicReview.analyse(model, incidents, options());
        tech.tablesaw.api.Table all = result.unlinked();
        assertTrue(all.rowCount() > 5, "the example has unlinked reports in the period: " + all.rowCount());
        assertEquals(all.rowCount(), result.unlinkedCount());
        tech.tablesaw.api.Table first = result.unlinked(5);
        assertEquals(5, first.rowCount());
        for (int row = 0; row < 5; row++) {
            assertEquals(all.getString(row, "id"), first.getString(row, "id"));
        }
        assertEquals(all.rowCount(), result.unlinked(Integer.MAX_VALUE).rowCount());
    }

    @Test
    void flatStreamsRaiseNoTrendSignal() throws Exception {
        ReviewResult result = PeriodicReview.analyse(model, incidents, options());
        HazardReview hz012 = result.hazard("HZ-012").orElseThrow();
        assertFalse(hz012.now().fired().contains("c-chart"), hz012.now().fired().toString());
        assertFalse(hz012.now().fired().contains("cusum"));
        assertTrue(result.links().unlinkedCount() > 500, "unrelated reports are listed, not lost");
        assertTrue(result.unlinked().rowCount() > 0);
    }

    @Test
    void reportsAreByteForByteDeterministicAndHistoryVerifies() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        // two reviews on the same history: the second report also shows the changes since the first, so the
        // byte-for-byte check compares two runs that see the same history (a fresh one each)
        Path third = dir.resolve("c");
        org.hazlab.core.review.job.ReviewJob.run(model, incidents, options().withHistory(history).withOutDir(first));
        org.hazlab.core.review.job.ReviewJob.run(model, incidents, options().withHistory(dir.resolve("other.jsonl"))
                .withOutDir(second));
        org.hazlab.core.review.job.ReviewJob.run(model, incidents, options().withHistory(history).withOutDir(third));
        assertTrue(Files.readString(third.resolve("review-2026-Q3.md")).contains("Previous review: 2026-Q3"));
        assertTrue(Files.readString(first.resolve("review-2026-Q3.md")).contains("This is the first review"));
        for (String name : List.of("review-2026-Q3.md", "review-2026-Q3.html", "review-2026-Q3.json")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)),
                    name);
        }
        if (first.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(first.resolve("review-2026-Q3.html"))));
        }
        assertEquals(List.of(), Files.list(first).filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                "no temporary file left behind");
        HistoryVerifier.Result check = HistoryVerifier.verify(history);
        assertTrue(check.ok(), check.problems().toString());
        assertEquals(2, check.records());
        String html = Files.readString(first.resolve("review-2026-Q3.html"));
        assertTrue(html.contains("<svg"));
        String md = Files.readString(first.resolve("review-2026-Q3.md"));
        // keep a copy for people to look at
        Files.createDirectories(Path.of("target/review-example"));
        for (Path report : Files.list(first).toList()) {
            Files.copy(report, Path.of("target/review-example").resolve(report.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(md.contains("new-signal HZ-010"), md);
    }

    /**
     * A trigger naming more reports than the reports list shows the first ones with the total; the history record
     * keeps the first ones, the count and the SHA-256 of the list, and the JSON report lists every id, so the list
     * can be checked against the hash-chained record (here with a digest computed by the JDK, not hazlab).
     */
    @Test
    void longEvidenceListsAreCutInTheRecordAndReportsButListedWholeInTheJson() throws Exception {
        Path out = dir.resolve("evidence");
        // the example's field data ten times over, from its own generator profile: triggers name hundreds
        Path bigger = dir.resolve("incidents-20000.csv");
        try (java.io.Writer writer = Files.newBufferedWriter(bigger)) {
            org.hazlab.core.generate.IncidentGenerator.generate(org.hazlab.core.generate.IncidentProfiles.read(
                    WORKSPACE.resolve("incident-profile.json")), 62304, java.time.LocalDate.of(2023, 10, 1),
                    java.time.LocalDate.of(2026, 9, 30), 20_000, writer);
        }
        IncidentStore many = new IncidentCsvImporter().read(List.of(bigger), ImportOptions.defaults()).incidents();
        Path history = dir.resolve("evidence.jsonl");
        ReviewResult result = org.hazlab.core.review.job.ReviewJob.run(model, many,
                options().withInputFiles(List.of(bigger)).withHistory(history).withOutDir(out));
        var longest = result.triggers().stream()
                .max(java.util.Comparator.comparingInt(t -> t.evidence().size())).orElseThrow();
        int kept = org.hazlab.core.review.history.HistoryRecord.EVIDENCE_KEPT;
        List<String> ids = longest.evidence();
        assertTrue(ids.size() > kept, "the example has a trigger with more ids than are kept: " + ids.size());

        String md = Files.readString(out.resolve("review-2026-Q3.md"));
        String html = Files.readString(out.resolve("review-2026-Q3.html"));
        String listed = String.join(", ", ids.subList(0, kept));
        assertTrue(md.contains(listed + ", ... (the first " + kept + " of " + ids.size()
                + "; all of them in review-2026-Q3.json, their SHA-256 in the review history record)"), "Markdown");
        assertTrue(html.contains(listed + ", ... (the first " + kept), "HTML");
        assertFalse(md.contains(ids.get(kept) + ","), "the rest is not listed");

        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.readTree(out.resolve("review-2026-Q3.json").toFile());
        List<String> listedInJson = new java.util.ArrayList<>();
        json.get("evidence").forEach(entry -> {
            if (entry.get("kind").asText().equals(longest.kind().key())
                    && entry.get("hazard").asText().equals(longest.hazard())) {
                entry.get("ids").forEach(id -> listedInJson.add(id.asText()));
            }
        });
        assertEquals(ids, listedInJson, "every id in the JSON report");

        var record = mapper.readTree(Files.readAllLines(history).get(0));
        var entry = java.util.stream.StreamSupport.stream(record.get("triggers").spliterator(), false)
                .filter(t -> t.get("kind").asText().equals(longest.kind().key())
                        && t.get("hazard").asText().equals(longest.hazard()))
                .findFirst().orElseThrow();
        assertEquals(kept, entry.get("evidence").size());
        assertEquals(ids.size(), entry.get("evidenceCount").asInt());
        String lines = String.join("\n", listedInJson) + "\n";
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))), entry.get("evidenceSha256").asText(),
                "the JSON report's list is the one the chained record commits to");
        assertTrue(HistoryVerifier.verify(history).ok());
    }

    @Test
    void asOfDateCutsOffLaterReports() throws Exception {
        ReviewResult early = PeriodicReview.analyse(model, incidents,
                options().withAsOf(LocalDate.parse("2026-08-31")));
        assertTrue(early.hazard("HZ-010").orElseThrow().reviewCount() < 31);
        assertTrue(early.counts().receivedLater() > 0);
        // as of a date before every report: nothing counted, and the series is the review period alone
        ReviewResult before = PeriodicReview.analyse(model, incidents,
                options().withAsOf(LocalDate.parse("2020-01-01")));
        assertEquals(List.of("2026-Q3"), before.periods().stream().map(Period::toString).toList());
        assertEquals(incidents.size(), before.counts().receivedLater() + before.counts().undated());
    }

    @Test
    void theDslOneLinerWithNamedArgumentsOnTheWorkspaceTable() throws Exception {
        var workspace = WorkspaceLoader.load(WORKSPACE);
        ReviewResult result = org.hazlab.core.review.job.ReviewJob.run(model, workspace.incidentStore(),
                ReviewOptions.forPeriod("2026-Q3").withLinkRules(LinkRules.builder()
                        .keywords("HZ-010", "LOW RATE OF", "LOW FLOW RATE", "LOW-RATE").build())
                        .withHistory(dir.resolve("history.jsonl")).withOutDir(dir.resolve("reports"))
                        .withInputFiles(List.of(INCIDENTS)));
        assertEquals(31, result.hazard("HZ-010").orElseThrow().reviewCount());
        assertTrue(Files.exists(dir.resolve("reports/review-2026-Q3.html")));
        assertTrue(HistoryVerifier.verify(dir.resolve("history.jsonl")).ok());
        assertEquals(64, result.inputHashes().values().iterator().next().length());
    }

    @Test
    void monthlyReviewOfSeptember2026() throws Exception {
        ReviewResult result = PeriodicReview.analyse(model, incidents,
                ReviewOptions.forPeriod("2026-09").withLinkRules(RULES));
        List<String> periods = result.periods().stream().map(Period::toString).toList();
        assertEquals("2023-10", periods.get(0));
        assertEquals("2026-09", periods.get(periods.size() - 1));
        assertEquals(36, periods.size());
        HazardReview hz010 = result.hazard("HZ-010").orElseThrow();
        long quarter = hz010.counts()[33] + hz010.counts()[34] + hz010.counts()[35];
        assertEquals(31, quarter, "July-September add up to the quarter");
        // the monthly baseline is overdispersed (dispersion test), so the chart is Laney's u' on the counts
        assertEquals("u'", hz010.now().chart().kind());
        assertTrue(hz010.now().fired().contains("u'-chart"), hz010.now().fired().toString());
    }
}
