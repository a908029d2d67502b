package org.hazlab.core.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.review.Findings;
import org.hazlab.core.review.HazardReview;
import org.hazlab.core.review.Period;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.Signals;
import org.hazlab.core.review.history.ReviewParameters;
import org.hazlab.core.review.report.ReportContent.Block;
import org.hazlab.core.review.report.ReportContent.Bullets;
import org.hazlab.core.review.report.ReportContent.Chart;
import org.hazlab.core.review.report.ReportContent.Fact;
import org.hazlab.core.review.report.ReportContent.Facts;
import org.hazlab.core.review.report.ReportContent.Grid;
import org.hazlab.core.review.report.ReportContent.Heading;
import org.hazlab.core.review.report.ReportContent.Reference;
import org.hazlab.core.review.report.ReportContent.Section;
import org.hazlab.core.review.report.ReportContent.Series;
import org.hazlab.core.review.report.ReportContent.Text;
import tech.tablesaw.api.Table;

/** The report's trend, data-quality, inputs, parameters and sign-off sections (see {@link ReportContentBuilder}). */
final class ReportDetails {

    static final int UNLINKED_SHOWN = 50;
    static final String REPORTS = "#2166ac";
    static final String EVENTS = "#ef8a62";
    static final String DEATHS = "#000000";
    static final String CENTRE = "#4d9221";
    static final String LIMIT = "#b2182b";

    private ReportDetails() {
    }

    private static String f(double value) {
        return ReportContentBuilder.f(value);
    }

    static Section trends(ReviewResult result) {
        List<Block> blocks = new ArrayList<>();
        List<String> periods = result.periods().stream().map(Period::toString).toList();
        String event = result.options().parameters().eventOfInterest().words();
        List<Findings.TrendComparison> plan = result.findings().trends();
        blocks.add(new Heading("Non-serious incidents against the PMS plan (EU MDR Art. 88)"));
        if (plan.isEmpty()) {
            blocks.add(Text.of("The review was given no expected frequency from the post-market surveillance plan "
                    + "(review option expectedNonSerious), so trend reporting compares only with the device's own "
                    + "past below."));
        } else {
            blocks.add(new Grid("non-serious incident reports in " + result.period(), List.of("scope", "observed",
                    "expected", "one-sided Poisson p", "significant"), List.of(false, true, true, true, false),
                    plan.stream().map(t -> List.of(t.scope().equals("*") ? "all reports" : t.scope(),
                            Long.toString(t.observed()), f(t.expected()),
                            String.format(Locale.ROOT, "%.3g", t.pValue()), t.significant() ? "yes" : "no")).toList()));
        }
        List<String> categories = new ArrayList<>();
        List<Series> byType = new ArrayList<>();
        String[] colours = {DEATHS, LIMIT, REPORTS, "#999999", "#d9d9d9"};
        for (EventType type : EventType.values()) {
            categories.add(type.word());
            byType.add(new Series(type.word(), result.counts().eventType(type), colours[type.ordinal()]));
        }
        blocks.add(new Heading("Reports by event type"));
        blocks.add(new Chart("Reports per period by event type", periods, byType, List.of(), true));
        blocks.add(new Heading("Trends per hazard, strongest signal first"));
        for (HazardReview h : result.hazardsByStrength()) {
            long total = 0;
            for (long count : h.counts()) {
                total += count;
            }
            if (total == 0) {
                continue;
            }
            Signals s = h.now();
            // the chart is drawn in counts: a u or u' chart's rate limit times the period's exposure
            double exposure = result.options().exposure().converted(result.period());
            double upper = s.upperReports(exposure);
            double centre = s.centreReports(exposure);
            List<Series> series = new ArrayList<>();
            long[][] types = result.counts().hazardEventTypes().get(h.id());
            if (types != null) {
                // drawn first and thin, so it never hides the other lines; each death is a large black dot
                series.add(new Series("deaths", types[EventType.DEATH.ordinal()], DEATHS));
            }
            series.add(new Series(event + " reports", h.harmCounts(), EVENTS));
            series.add(new Series("reports", h.counts(), REPORTS));
            blocks.add(new Chart(h.id() + " " + h.title() + ": " + h.reviewCount() + " reports in "
                    + result.period() + (s.fired().isEmpty() ? "" : "; signals " + String.join(", ", s.fired())),
                    periods, series, List.of(new Reference("centre line (" + s.chartName() + ")", centre, CENTRE),
                    new Reference("upper control limit", upper, LIMIT)), false));
        }
        List<List<String>> rows = new ArrayList<>();
        for (HazardReview h : result.hazardsByStrength()) {
            List<String> row = new ArrayList<>();
            row.add(h.id());
            long total = 0;
            for (long count : h.counts()) {
                row.add(Long.toString(count));
                total += count;
            }
            if (total > 0) {
                rows.add(row);
            }
        }
        List<String> columns = new ArrayList<>(List.of("hazard"));
        columns.addAll(periods);
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        periods.forEach(p -> numeric.add(true));
        blocks.add(new Grid("reports per hazard and period", columns, numeric, rows));
        return new Section("trends", "Trends", blocks);
    }

    static Section dataQuality(ReviewResult result) {
        List<Block> blocks = new ArrayList<>();
        List<String> findings = result.findings().dataQuality();
        blocks.add(findings.isEmpty() ? Text.of("No data-quality finding.") : new Bullets(findings));
        blocks.add(new Facts(List.of(
                new Fact("Reports without a received date", Long.toString(result.counts().undated())),
                new Fact("Reports received after the as-of date (ignored)",
                        Long.toString(result.counts().receivedLater())))));
        int unlinkedCount = result.unlinkedCount();
        Table unlinked = result.unlinked(UNLINKED_SHOWN);
        blocks.add(new Heading("Reports of " + result.period() + " linked to no hazard (" + unlinkedCount
                + ")"));
        List<List<String>> rows = new ArrayList<>();
        int shown = Math.min(UNLINKED_SHOWN, unlinked.rowCount());
        for (int row = 0; row < shown; row++) {
            String narrative = unlinked.getString(row, "narrative");
            rows.add(List.of(unlinked.getString(row, "id"), unlinked.getString(row, "event_type"),
                    unlinked.getString(row, "product_code"),
                    narrative.length() > 100 ? narrative.substring(0, 97) + "..." : narrative));
        }
        blocks.add(new Grid("refine the link rules if any of these concern a hazard", List.of("id", "event type",
                "product", "narrative"), List.of(false, false, false, false), rows));
        if (unlinkedCount > shown) {
            blocks.add(Text.of("... and " + (unlinkedCount - shown) + " more (every id is in the JSON "
                    + "report's record)."));
        }
        return new Section("data-quality", "Data quality", blocks);
    }

    static Section inputs(ReviewResult result) {
        List<Fact> facts = new ArrayList<>();
        result.inputHashes().forEach((file, hash) -> facts.add(new Fact(file, "sha256 " + hash)));
        facts.add(new Fact("script", result.options().scriptHash().isEmpty() ? "(none)"
                : "sha256 " + result.options().scriptHash()));
        facts.add(new Fact("hazlab", result.options().hazlabVersion()));
        facts.add(new Fact("classification scheme", result.classification().schemeId()));
        return new Section("inputs", "Inputs", List.of(new Facts(facts)));
    }

    static Section parameters(ReviewResult result) {
        List<Block> blocks = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        ReviewParameters.of(result).forEach((name, value) -> facts.add(new Fact(name, value)));
        blocks.add(new Facts(facts));
        if (result.options().exposure().known()) {
            blocks.add(new Heading("Exposure converted to the policy's probability unit"));
            blocks.add(new Bullets(List.of(result.options().exposure().describe(result.period()))));
        }
        List<String> designs = new ArrayList<>();
        for (HazardReview h : result.hazardsByStrength()) {
            if (h.reviewCount() == 0 && h.now().fired().isEmpty()) {
                continue;
            }
            var d = h.now().cusumDesign();
            designs.add(String.format(Locale.ROOT, "%s: mu0 %.2f, mu1 %.2f, k %.2f, h %.2f, in-control ARL %s, "
                    + "ARL at mu1 %.1f periods", h.id(), d.mu0(), d.mu1(), d.k(), d.h(), runLength(d.arl0()),
                    d.arl1()));
        }
        blocks.add(new Heading("CUSUM designs (h chosen for the target in-control ARL)"));
        blocks.add(new Bullets(designs));
        return new Section("parameters", "Parameters", blocks);
    }

    /** A run length in periods: whole periods, or in powers of ten past a million (not 27287274344378456000000). */
    private static String runLength(double periods) {
        return periods < 1e6 ? String.format(Locale.ROOT, "%.0f", periods)
                : String.format(Locale.ROOT, "%.1e", periods);
    }

    static Section signOff() {
        List<List<String>> rows = List.of(List.of("Prepared by", "", "", "", ""),
                List.of("Reviewed by (safety)", "", "", "", ""), List.of("Approved by (PRRC)", "", "", "", ""));
        return new Section("sign-off", "Sign-off", List.of(Text.of("The conclusion and actions above were reviewed "
                + "and accepted; triggers are tracked to closure in the risk management file."),
                new Grid("signatures", List.of("role", "name", "function", "date", "signature"),
                        List.of(false, false, false, false, false), rows)));
    }
}
