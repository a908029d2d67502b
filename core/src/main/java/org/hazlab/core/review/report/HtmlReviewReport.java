package org.hazlab.core.review.report;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.review.HazardReview;
import org.hazlab.core.review.Period;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.trigger.Trigger;
import tech.tablesaw.api.Table;

/**
 * The review as one self-contained HTML file: inline CSS and inline SVG charts (per-hazard trend with its control
 * limits, reports by event type), no script, no link to anything outside the file, every dataset string escaped.
 */
public final class HtmlReviewReport {

    private HtmlReviewReport() {
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    public static String render(ReviewResult result) {
        List<String> periods = result.periods().stream().map(Period::toString).toList();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Periodic review ")
                .append(e(result.period().toString())).append(" - ").append(e(result.model().system().name()))
                .append("</title>\n<style>\nbody{font-family:sans-serif;margin:2em;max-width:60em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}"
                        + ".trigger{border-left:4px solid #b2182b;padding-left:1em;margin:1em 0}"
                        + "</style>\n</head>\n<body>\n");
        html.append("<h1>Periodic review ").append(e(result.period().toString())).append("</h1>\n<ul>\n");
        html.append("<li>System: ").append(e(result.model().system().name())).append("</li>\n");
        html.append("<li>As of: ").append(e(result.options().asOf().toString())).append("</li>\n");
        html.append("<li>Incidents: ").append(result.incidents().size()).append(" read, ")
                .append(result.counts().totals()[result.counts().reviewIndex()]).append(" in the period, ")
                .append(result.links().unlinkedCount()).append(" linked to no hazard</li>\n");
        html.append("<li>Triggers: ").append(result.triggers().size()).append("</li>\n</ul>\n");
        html.append("<h2>Triggers</h2>\n");
        if (result.triggers().isEmpty()) {
            html.append("<p>No reassessment trigger.</p>\n");
        }
        for (Trigger trigger : result.triggers()) {
            html.append("<div class=\"trigger\"><h3>").append(e(trigger.kind().key())).append(' ')
                    .append(e(trigger.hazard())).append("</h3>\n<p>").append(e(trigger.finding())).append("</p>\n<p><b>")
                    .append(e(trigger.action())).append("</b></p>\n");
            if (!trigger.evidence().isEmpty()) {
                html.append("<p>Evidence (").append(trigger.evidence().size()).append(" reports): ")
                        .append(e(String.join(", ", trigger.evidence()))).append("</p>\n");
            }
            html.append("</div>\n");
        }
        html.append("<h2>Reports by event type</h2>\n");
        List<String> categories = new ArrayList<>();
        long[][] byType = new long[EventType.values().length][];
        for (EventType type : EventType.values()) {
            categories.add(type.word());
            byType[type.ordinal()] = result.counts().eventType(type);
        }
        html.append(SvgCharts.stacked("Reports by event type", periods, categories, byType));
        html.append("<h2>Trends per hazard</h2>\n");
        for (HazardReview h : result.hazards()) {
            long total = 0;
            for (long count : h.counts()) {
                total += count;
            }
            if (total == 0) {
                continue;
            }
            var s = h.now();
            html.append("<h3>").append(e(h.id())).append(' ').append(e(h.title())).append("</h3>\n<p>")
                    .append(h.reviewCount()).append(" reports in ").append(e(result.period().toString()))
                    .append("; baseline mean ").append(MarkdownReviewReport.f(s.baselineMean())).append(", ")
                    .append(e(s.chart().kind())).append("-chart upper limit ")
                    .append(MarkdownReviewReport.f(s.chart().points().get(0).upper()));
            if (!s.fired().isEmpty()) {
                html.append("; signals: <b>").append(e(String.join(", ", s.fired()))).append("</b>");
            }
            html.append("</p>\n");
            // the chart is drawn in counts: a u' chart's rate limit times the period's exposure
            double exposure = result.options().exposure().converted(result.period());
            double upper = s.chart().kind().equals("c") ? s.chart().points().get(0).upper()
                    : s.chart().points().get(0).upper() * exposure;
            double centre = s.chart().kind().equals("c") ? s.baselineMean() : s.chart().centre() * exposure;
            html.append(SvgCharts.trend(h.id() + " reports per period", periods, h.counts(), centre, upper));
        }
        html.append("<h2>Classes</h2>\n<table>\n<tr><th>item</th><th>class</th><th>indicated by field data</th>"
                + "<th>because</th></tr>\n");
        Table classes = result.classes();
        for (int row = 0; row < classes.rowCount(); row++) {
            html.append("<tr><td>").append(e(classes.getString(row, "item"))).append("</td><td>")
                    .append(e(classes.getString(row, "class"))).append("</td><td>")
                    .append(e(classes.getString(row, "indicated_class"))).append("</td><td>")
                    .append(e(classes.getString(row, "because"))).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Inputs</h2>\n<ul>\n");
        result.inputHashes().forEach((file, hash) -> html.append("<li><code>").append(e(file))
                .append("</code> sha256 ").append(e(hash)).append("</li>\n"));
        html.append("<li>hazlab ").append(e(result.options().hazlabVersion())).append("</li>\n</ul>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }
}
