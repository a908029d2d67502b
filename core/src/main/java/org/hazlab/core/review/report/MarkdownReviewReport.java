package org.hazlab.core.review.report;

import java.util.List;
import java.util.Locale;
import org.hazlab.core.review.HazardReview;
import org.hazlab.core.review.ItemReview;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.stats.TwoByTwo;
import org.hazlab.core.review.trigger.Trigger;
import tech.tablesaw.api.Table;

/** The review as Markdown: summary, triggers with evidence, signals per hazard, classes, unlinked count. */
public final class MarkdownReviewReport {

    private static final int UNLINKED_SHOWN = 50;

    private MarkdownReviewReport() {
    }

    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    static String f(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "";
    }

    public static String render(ReviewResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# Periodic review ").append(result.period()).append("\n\n");
        md.append("- System: ").append(cell(result.model().system().name())).append('\n');
        md.append("- As of: ").append(result.options().asOf()).append('\n');
        md.append("- Periods counted: ").append(result.periods().get(0)).append(" to ").append(result.period())
                .append(" (baseline: ").append(result.options().baselinePeriods()).append(" periods)\n");
        md.append("- Incidents: ").append(result.incidents().size()).append(" read, ")
                .append(result.counts().totals()[result.counts().reviewIndex()]).append(" received in ")
                .append(result.period()).append(", ").append(result.links().unlinkedCount())
                .append(" linked to no hazard\n");
        md.append("- Triggers: ").append(result.triggers().size()).append("\n\n");
        md.append("## Triggers\n\n");
        if (result.triggers().isEmpty()) {
            md.append("No reassessment trigger.\n\n");
        }
        for (Trigger trigger : result.triggers()) {
            md.append("### ").append(trigger.kind().key()).append(trigger.hazard().isEmpty() ? "" : " " + trigger.hazard())
                    .append("\n\n");
            md.append("- Finding: ").append(cell(trigger.finding())).append('\n');
            md.append("- Action: ").append(cell(trigger.action())).append('\n');
            if (!trigger.items().isEmpty()) {
                md.append("- Items: ").append(cell(String.join(", ", trigger.items()))).append('\n');
            }
            if (!trigger.evidence().isEmpty()) {
                md.append("- Evidence (").append(trigger.evidence().size()).append(" reports): ")
                        .append(cell(String.join(", ", trigger.evidence()))).append('\n');
            }
            md.append('\n');
        }
        md.append("## Signals per hazard\n\n");
        md.append("| hazard | severity | reports | baseline mean | UCL | CUSUM | EWMA | PRR (95% CI) | ROR (95% CI) "
                + "| chi2 Yates | IC025 | EBGM | signals | new |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---|---|\n");
        for (HazardReview h : result.hazards()) {
            var s = h.now();
            TwoByTwo t = s.harmTable();
            md.append("| ").append(cell(h.id())).append(" | ").append(cell(h.severity())).append(" | ")
                    .append(h.reviewCount()).append(" | ").append(f(s.baselineMean())).append(" | ")
                    .append(f(s.chart().points().get(0).upper())).append(" | ")
                    .append(f(s.cusum()[s.cusum().length - 1])).append(" | ").append(f(s.ewma()[s.ewma().length - 1]))
                    .append(" | ").append(t == null ? "" : f(t.prr()) + " (" + f(t.prrCi()[0]) + "-" + f(t.prrCi()[1]) + ")")
                    .append(" | ").append(t == null ? "" : f(t.ror()) + " (" + f(t.rorCi()[0]) + "-" + f(t.rorCi()[1]) + ")")
                    .append(" | ").append(t == null ? "" : f(t.yatesChiSquare())).append(" | ")
                    .append(t == null ? "" : f(t.ic025())).append(" | ")
                    .append(s.ebgm() == null ? "" : f(s.ebgm().ebgm())).append(" | ")
                    .append(cell(String.join(", ", s.fired()))).append(" | ")
                    .append(cell(String.join(", ", h.newSignals()))).append(" |\n");
        }
        md.append("\n## Signals per item\n\n| item | reports | baseline mean | UCL | CUSUM | EWMA | signals | new |\n"
                + "|---|---:|---:|---:|---:|---:|---|---|\n");
        for (ItemReview item : result.items()) {
            var s = item.now();
            md.append("| ").append(cell(item.id())).append(" | ").append(item.reviewCount()).append(" | ")
                    .append(f(s.baselineMean())).append(" | ").append(f(s.chart().points().get(0).upper()))
                    .append(" | ").append(f(s.cusum()[s.cusum().length - 1])).append(" | ")
                    .append(f(s.ewma()[s.ewma().length - 1])).append(" | ")
                    .append(cell(String.join(", ", s.fired()))).append(" | ")
                    .append(cell(String.join(", ", item.newSignals()))).append(" |\n");
        }
        md.append("\n## Reports per period\n\n");
        List<String> periods = result.periods().stream().map(Object::toString).toList();
        md.append("| hazard | ").append(String.join(" | ", periods)).append(" |\n");
        md.append("|---|").append("---:|".repeat(periods.size())).append('\n');
        for (HazardReview h : result.hazards()) {
            long total = 0;
            for (long count : h.counts()) {
                total += count;
            }
            if (total == 0) {
                continue;
            }
            md.append("| ").append(cell(h.id()));
            for (long count : h.counts()) {
                md.append(" | ").append(count);
            }
            md.append(" |\n");
        }
        Table unlinked = result.unlinked();
        md.append("\n## Reports of ").append(result.period()).append(" linked to no hazard (")
                .append(unlinked.rowCount()).append(")\n\n");
        if (unlinked.rowCount() > 0) {
            md.append("Refine the link rules if any of these concern a hazard.\n\n| id | event type | product | narrative |\n"
                    + "|---|---|---|---|\n");
            int shown = Math.min(UNLINKED_SHOWN, unlinked.rowCount());
            for (int row = 0; row < shown; row++) {
                String narrative = unlinked.getString(row, "narrative");
                md.append("| ").append(cell(unlinked.getString(row, "id"))).append(" | ")
                        .append(cell(unlinked.getString(row, "event_type"))).append(" | ")
                        .append(cell(unlinked.getString(row, "product_code"))).append(" | ")
                        .append(cell(narrative.length() > 100 ? narrative.substring(0, 97) + "..." : narrative))
                        .append(" |\n");
            }
            if (unlinked.rowCount() > shown) {
                md.append("\n... and ").append(unlinked.rowCount() - shown).append(" more (all ids are in the JSON report)\n");
            }
        }
        md.append("\n## Classes\n\n| item | class | indicated by field data | because |\n|---|---|---|---|\n");
        Table classes = result.classes();
        for (int row = 0; row < classes.rowCount(); row++) {
            md.append("| ").append(cell(classes.getString(row, "item"))).append(" | ")
                    .append(cell(classes.getString(row, "class"))).append(" | ")
                    .append(cell(classes.getString(row, "indicated_class"))).append(" | ")
                    .append(cell(classes.getString(row, "because"))).append(" |\n");
        }
        md.append("\n## Inputs\n\n");
        result.inputHashes().forEach((file, hash) -> md.append("- `").append(file).append("` sha256 ")
                .append(hash).append('\n'));
        md.append("- hazlab ").append(result.options().hazlabVersion()).append(", script sha256 ")
                .append(result.options().scriptHash().isEmpty() ? "(none)" : result.options().scriptHash()).append('\n');
        return md.toString();
    }
}
