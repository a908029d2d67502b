package org.hazlab.core.review.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hazlab.core.review.Findings;
import org.hazlab.core.review.HazardReview;
import org.hazlab.core.review.ItemReview;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.Signals;
import org.hazlab.core.review.history.HistoryDiff;
import org.hazlab.core.review.history.HistoryRecord;
import org.hazlab.core.review.report.ReportContent.Block;
import org.hazlab.core.review.report.ReportContent.Bullets;
import org.hazlab.core.review.report.ReportContent.Fact;
import org.hazlab.core.review.report.ReportContent.Facts;
import org.hazlab.core.review.report.ReportContent.Grid;
import org.hazlab.core.review.report.ReportContent.Heading;
import org.hazlab.core.review.report.ReportContent.Section;
import org.hazlab.core.review.report.ReportContent.Text;
import org.hazlab.core.review.stats.TwoByTwo;
import org.hazlab.core.review.trigger.Trigger;
import tech.tablesaw.api.Table;

/**
 * Builds the report's content from a {@link ReviewResult} in the order an auditor reads it: conclusion and
 * actions, changes since the previous review, signals by strength, trends, data quality, inputs with their
 * hashes, parameters, sign-off. The trend charts and the detail sections are in {@link ReportDetails}.
 */
public final class ReportContentBuilder {

    private ReportContentBuilder() {
    }

    /**
     * @param previous the history's record of the previous review, when there is one
     */
    public static ReportContent build(ReviewResult result, Optional<JsonNode> previous, JsonNode current) {
        List<Section> sections = new ArrayList<>();
        sections.add(conclusion(result));
        sections.add(changes(result, previous, current));
        sections.add(signals(result));
        sections.add(ReportDetails.trends(result));
        sections.add(ReportDetails.dataQuality(result));
        sections.add(ReportDetails.inputs(result));
        sections.add(ReportDetails.parameters(result));
        sections.add(ReportDetails.signOff());
        return new ReportContent("Periodic review " + result.period() + " - " + result.model().system().name(),
                sections);
    }

    static String f(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "";
    }

    /**
     * The report ids a trigger names, the first {@link HistoryRecord#EVIDENCE_KEPT} of them when there are more
     * (those the history record keeps): a trigger of a million-report review can name tens of thousands, which made
     * the Markdown and HTML reports megabytes of ids nobody reads there. The JSON report lists them all.
     */
    static String evidence(List<String> ids, String jsonReport) {
        int shown = HistoryRecord.EVIDENCE_KEPT;
        if (ids.size() <= shown) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, shown)) + ", ... (the first " + shown + " of " + ids.size()
                + "; all of them in " + jsonReport + ", their SHA-256 in the review history record)";
    }

    private static Section conclusion(ReviewResult result) {
        List<Block> blocks = new ArrayList<>();
        var cadence = result.findings().cadence();
        String event = result.options().parameters().eventOfInterest().words();
        blocks.add(new Text(result.triggers().isEmpty()
                ? "No reassessment trigger: the field data of " + result.period() + " is within the risk file's "
                        + "assumptions."
                : result.triggers().size() + " reassessment trigger(s): reassess the hazards and items named "
                        + "below before the classification is relied on again.", true));
        blocks.add(new Facts(List.of(
                new Fact("System", result.model().system().name()),
                new Fact("Period", result.period().toString()),
                new Fact("As of", result.options().asOf().toString()),
                new Fact("Event of interest", event),
                new Fact("Reports", result.incidents().size() + " read, "
                        + result.counts().totals()[result.counts().reviewIndex()] + " received in the period, "
                        + result.links().unlinkedCount() + " linked to no hazard"),
                new Fact("Next report due", cadence.nextDue() == null ? cadence.rule()
                        : cadence.report() + " by " + cadence.nextDue() + " (" + cadence.rule() + ")"))));
        for (Trigger trigger : result.triggers()) {
            blocks.add(new Heading(trigger.kind().key() + (trigger.hazard().isEmpty() ? "" : " " + trigger.hazard())));
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact("Finding", trigger.finding()));
            facts.add(new Fact("Action", trigger.action()));
            if (!trigger.items().isEmpty()) {
                facts.add(new Fact("Items", String.join(", ", trigger.items())));
            }
            if (!trigger.evidence().isEmpty()) {
                facts.add(new Fact("Evidence (" + trigger.evidence().size() + " reports)",
                        evidence(trigger.evidence(), "review-" + result.period() + ".json")));
            }
            blocks.add(new Facts(facts));
            if (!trigger.classChanges().isEmpty()) {
                blocks.add(new Grid("class changes without the control's credit", List.of("item", "from", "to",
                        "IEC 62304 activities added"), List.of(false, false, false, false),
                        trigger.classChanges().stream().map(s -> List.of(s.item(), s.from(), s.to(),
                                s.activitiesAdded())).toList()));
            }
        }
        Table classes = result.classes();
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < classes.rowCount(); row++) {
            rows.add(List.of(classes.getString(row, "item"), classes.getString(row, "class"),
                    classes.getString(row, "indicated_class"), classes.getString(row, "because")));
        }
        blocks.add(new Heading("Classes"));
        blocks.add(new Grid("software safety classes as assessed and as indicated by the field data",
                List.of("item", "class", "indicated by field data", "because"), List.of(false, false, false, false),
                rows));
        return new Section("conclusion", "Conclusion and actions", blocks);
    }

    private static Section changes(ReviewResult result, Optional<JsonNode> previous, JsonNode current) {
        List<Block> blocks = new ArrayList<>();
        if (previous.isEmpty()) {
            blocks.add(Text.of(result.options().historyFile() == null
                    ? "No review history was given, so changes since the previous review cannot be shown."
                    : "This is the first review in the history."));
            return new Section("changes", "Changes since the previous review", blocks);
        }
        JsonNode before = previous.get();
        blocks.add(Text.of("Previous review: " + before.path("period").asText() + " as of "
                + before.path("asOf").asText() + " (history record " + before.path("seq").asInt() + ")."));
        List<HistoryDiff.Change> changes = HistoryDiff.between(before, current);
        blocks.add(new Grid("class or reasoning changes", List.of("item", "class before", "class now",
                "because now"), List.of(false, false, false, false), changes.stream().map(c -> List.of(c.item(),
                c.classBefore(), c.classAfter(), c.becauseAfter())).toList()));
        Set<String> old = triggerKeys(before);
        Set<String> now = triggerKeys(current);
        List<String> lines = new ArrayList<>();
        now.stream().filter(k -> !old.contains(k)).forEach(k -> lines.add("new trigger: " + k));
        old.stream().filter(k -> !now.contains(k)).forEach(k -> lines.add("no longer raised: " + k));
        now.stream().filter(old::contains).forEach(k -> lines.add("raised again: " + k));
        blocks.add(lines.isEmpty() ? Text.of("No triggers now or in the previous review.") : new Bullets(lines));
        return new Section("changes", "Changes since the previous review", blocks);
    }

    private static Set<String> triggerKeys(JsonNode record) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode trigger : record.path("triggers")) {
            String hazard = trigger.path("hazard").asText();
            keys.add(trigger.path("kind").asText() + (hazard.isEmpty() ? " " + trigger.path("items").toString()
                    : " " + hazard));
        }
        return keys;
    }

    private static Section signals(ReviewResult result) {
        List<Block> blocks = new ArrayList<>();
        String event = result.options().parameters().eventOfInterest().words();
        blocks.add(Text.of("Per hazard, sorted by strength (number of signals, then EB05). 2x2 table: a = reports "
                + "of the hazard with the event of interest (" + event + "), over the baseline and the period. "
                + "ROR marked * was computed with the Haldane-Anscombe 0.5 correction (a zero cell)."));
        double exposure = result.options().exposure().converted(result.period());
        List<List<String>> rows = new ArrayList<>();
        for (HazardReview h : result.hazardsByStrength()) {
            if (h.now().fired().isEmpty() && h.reviewCount() == 0) {
                continue;
            }
            Signals s = h.now();
            TwoByTwo t = s.harmTable();
            String prr = t == null ? "" : t.prrEstimate().map(p -> f(p.value()) + " (" + f(p.lower()) + "-"
                    + f(p.upper()) + ")").orElse("undefined (a or c = 0)");
            String ror = t == null ? "" : f(t.ror()) + " (" + f(t.rorCi()[0]) + "-" + f(t.rorCi()[1]) + ")"
                    + (t.rorEstimate().corrected() ? " *" : "");
            rows.add(List.of(h.id(), h.severity(), Long.toString(h.reviewCount()),
                    Long.toString(h.reviewHarmCount()), t == null ? "" : t.a() + "/" + t.b() + "/" + t.c() + "/"
                            + t.d(), s.chartName(), f(s.upperReports(exposure)),
                    f(s.cusumNow()) + " / h " + f(s.cusumDesign().h()), prr, ror,
                    t == null ? "" : f(t.yatesChiSquare()), t == null ? "" : f(t.ic025()),
                    s.ebgm() == null ? "" : f(s.ebgm().ebgm()), s.ebgm() == null ? "" : f(s.ebgm().eb05()),
                    String.join(", ", s.fired()), String.join(", ", h.newSignals())));
        }
        blocks.add(new Grid("signals per hazard in " + result.period() + " (event of interest: " + event + ")",
                List.of("hazard", "severity", "reports", event, "a/b/c/d", "chart", "UCL (reports)", "CUSUM", "PRR (95% CI)",
                        "ROR (95% CI)", "chi2 Yates", "IC025", "EBGM", "EB05", "signals", "new"),
                List.of(false, false, true, true, false, false, true, true, false, false, true, true, true, true,
                        false, false), rows));
        List<Findings.UntriggeredSignal> untriggered = result.findings().untriggered();
        if (!untriggered.isEmpty()) {
            blocks.add(new Heading("Signals that raised no trigger"));
            blocks.add(new Grid("why each signal raised no trigger", List.of("hazard", "signals", "why no trigger"),
                    List.of(false, false, false), untriggered.stream().map(u -> List.of(u.hazard(),
                            String.join(", ", u.signals()), u.reason())).toList()));
        }
        List<List<String>> items = new ArrayList<>();
        for (ItemReview item : result.items()) {
            Signals s = item.now();
            if (s.fired().isEmpty()) {
                continue;
            }
            items.add(List.of(item.id(), Long.toString(item.reviewCount()), f(s.baselineMean()),
                    f(s.upperReports(exposure)), String.join(", ", s.fired()),
                    String.join(", ", item.newSignals())));
        }
        blocks.add(new Grid("software items with signals", List.of("item", "reports", "baseline mean", "UCL (reports)",
                "signals", "new"), List.of(false, true, true, true, false, false), items));
        return new Section("signals", "Signals", blocks);
    }
}
