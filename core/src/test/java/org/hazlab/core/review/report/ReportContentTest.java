package org.hazlab.core.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.review.FieldTriggersTest;
import org.hazlab.core.review.PeriodicReview;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.history.HistoryRecord;
import org.hazlab.core.review.job.ReviewJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One content model, three renderings that say the same things in the same order. */
class ReportContentTest {

    @TempDir
    Path dir;

    static final List<String> ORDER = List.of("Conclusion and actions", "Changes since the previous review",
            "Signals", "Trends", "Data quality", "Inputs", "Parameters", "Sign-off");

    @Test
    void sectionsInTheAuditorsOrderInEveryFormat() throws Exception {
        ReviewResult result = ReviewJob.run(FieldTriggersTest.model(), FieldTriggersTest.incidents(),
                FieldTriggersTest.options().withOutDir(dir).withHistory(dir.resolve("h.jsonl")));
        ReportContent content = ReportContentBuilder.build(result, Optional.empty(), HistoryRecord.of(result));
        assertEquals(ORDER, content.sections().stream().map(ReportContent.Section::title).toList());
        String html = Files.readString(dir.resolve("review-2026-Q3.html"));
        String md = Files.readString(dir.resolve("review-2026-Q3.md"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("review-2026-Q3.json").toFile());
        assertEquals(ORDER, titles(json));
        int lastHtml = -1;
        int lastMd = -1;
        for (String title : ORDER) {
            int h = html.indexOf("<h2>" + title + "</h2>");
            int m = md.indexOf("## " + title + "\n");
            assertTrue(h > lastHtml, title + " in HTML order");
            assertTrue(m > lastMd, title + " in Markdown order");
            lastHtml = h;
            lastMd = m;
        }
        // what the Markdown has, the HTML has: every table caption, trigger finding and evidence id
        for (ReportContent.Section section : content.sections()) {
            for (ReportContent.Block block : section.blocks()) {
                if (block instanceof ReportContent.Grid grid) {
                    assertTrue(html.contains("<caption>" + org.hazlab.core.text.HtmlText.escape(grid.caption()) + "</caption>"), grid.caption());
                    assertTrue(md.contains("Table: " + MarkdownRenderer.cell(grid.caption())), grid.caption());
                }
            }
        }
        result.triggers().forEach(t -> {
            assertTrue(html.contains(org.hazlab.core.text.HtmlText.escape(t.finding())), t.finding());
            t.evidence().forEach(id -> assertTrue(html.contains(id) && md.contains(id), id));
        });
        assertTrue(html.contains("signals per hazard in 2026-Q3 (event of interest: death or any injury)"));
        assertTrue(html.contains("Reports of 2026-Q3 linked to no hazard (1)"));
        assertTrue(html.contains("PSUR by 2027-09-30"));
        assertTrue(md.contains("cusumTargetArl: 370"));
        assertTrue(md.contains("2026-Q3: 4000 units in use x 0.25 = 1000 device-years"));
    }

    @Test
    void signalsAreSortedByStrengthAndChartsHaveALegendEntryPerLine() throws Exception {
        ReviewResult result = PeriodicReview.analyse(FieldTriggersTest.model(), FieldTriggersTest.incidents(),
                FieldTriggersTest.options());
        ReportContent content = ReportContentBuilder.build(result, Optional.empty(), HistoryRecord.of(result));
        ReportContent.Grid signals = (ReportContent.Grid) content.sections().get(2).blocks().get(1);
        List<String> order = signals.rows().stream().map(r -> r.get(0)).toList();
        assertEquals(result.hazardsByStrength().stream().map(h -> h.id()).filter(order::contains).toList(), order);
        assertEquals("H-CRIT", order.get(0), "the hazard with most signals first");
        List<ReportContent.Chart> charts = new ArrayList<>();
        content.sections().get(3).blocks().stream().filter(b -> b instanceof ReportContent.Chart)
                .forEach(b -> charts.add((ReportContent.Chart) b));
        ReportContent.Chart first = charts.get(1);
        assertTrue(first.title().startsWith("H-CRIT"), first.title());
        String svg = SvgCharts.render(first);
        for (ReportContent.Series s : first.series()) {
            assertTrue(svg.contains(">" + s.name() + "</text>"), s.name());
        }
        for (ReportContent.Reference line : first.lines()) {
            assertTrue(svg.contains(">" + line.name()), line.name());
        }
        assertTrue(svg.contains("width=\"100%\""));
        assertTrue(svg.contains("text-anchor=\"end\""), "y-axis ticks");
    }

    private static List<String> titles(JsonNode json) {
        List<String> titles = new ArrayList<>();
        json.path("sections").forEach(s -> titles.add(s.path("title").asText()));
        return titles;
    }
}
