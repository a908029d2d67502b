package org.hazlab.core.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.review.stats.ControlChart;
import org.hazlab.core.review.stats.TwoByTwo;
import org.hazlab.core.review.trigger.Trigger;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the Tablesaw views of a {@link ReviewResult}; kept apart so the result class stays a plain value. */
final class ReviewTables {

    private ReviewTables() {
    }

    static Table hazardTrends(ReviewResult result) {
        StringColumn hazard = StringColumn.create("hazard");
        StringColumn period = StringColumn.create("period");
        IntColumn reports = IntColumn.create("reports");
        IntColumn harm = IntColumn.create("harm_reports");
        List<Period> periods = result.periods();
        for (HazardReview review : result.hazards()) {
            long[] counts = review.counts();
            long[] harmCounts = review.harmCounts();
            for (int p = 0; p < periods.size(); p++) {
                hazard.append(review.id());
                period.append(periods.get(p).toString());
                reports.append((int) counts[p]);
                harm.append((int) harmCounts[p]);
            }
        }
        return Table.create("hazard trends", hazard, period, reports, harm);
    }

    static Table series(String name, String key, Map<String, long[]> series, List<Period> periods) {
        StringColumn keys = StringColumn.create(key);
        StringColumn period = StringColumn.create("period");
        IntColumn reports = IntColumn.create("reports");
        series.forEach((id, counts) -> {
            for (int p = 0; p < periods.size(); p++) {
                keys.append(id);
                period.append(periods.get(p).toString());
                reports.append((int) counts[p]);
            }
        });
        return Table.create(name, keys, period, reports);
    }

    static Table eventTypes(ReviewResult result) {
        Table table = Table.create("event types per period",
                StringColumn.create("period", result.periods().stream().map(Period::toString).toList()));
        for (EventType type : EventType.values()) {
            IntColumn column = IntColumn.create(type.word());
            for (long count : result.counts().eventType(type)) {
                column.append((int) count);
            }
            table.addColumns(column);
        }
        return table;
    }

    static Table signals(ReviewResult result) {
        StringColumn hazard = StringColumn.create("hazard");
        StringColumn severity = StringColumn.create("severity");
        IntColumn now = IntColumn.create("reports");
        StringColumn event = StringColumn.create("event");
        IntColumn events = IntColumn.create("event_reports");
        DoubleColumn mean = DoubleColumn.create("baseline_mean");
        DoubleColumn upper = DoubleColumn.create("upper_limit");
        StringColumn chart = StringColumn.create("chart");
        DoubleColumn cusum = DoubleColumn.create("cusum");
        DoubleColumn cusumH = DoubleColumn.create("cusum_h");
        DoubleColumn ewma = DoubleColumn.create("ewma");
        DoubleColumn prr = DoubleColumn.create("prr");
        StringColumn prrCi = StringColumn.create("prr_95ci");
        DoubleColumn ror = DoubleColumn.create("ror");
        StringColumn rorCi = StringColumn.create("ror_95ci");
        DoubleColumn yates = DoubleColumn.create("chi2_yates");
        DoubleColumn ic025 = DoubleColumn.create("ic025");
        DoubleColumn fisher = DoubleColumn.create("fisher_p");
        DoubleColumn ebgm = DoubleColumn.create("ebgm");
        DoubleColumn eb05 = DoubleColumn.create("eb05");
        StringColumn fired = StringColumn.create("signals");
        StringColumn fresh = StringColumn.create("new_signals");
        String eventWords = result.options().parameters().eventOfInterest().words();
        double exposure = result.options().exposure().converted(result.period());
        for (HazardReview review : result.hazardsByStrength()) {
            Signals s = review.now();
            hazard.append(review.id());
            severity.append(review.severity());
            now.append((int) review.reviewCount());
            event.append(eventWords);
            events.append((int) review.reviewHarmCount());
            mean.append(round(s.baselineMean()));
            upper.append(round(s.upperReports(exposure)));
            chart.append(s.chart().kind());
            cusum.append(round(s.cusumNow()));
            cusumH.append(s.cusumDesign().h());
            ewma.append(round(s.ewmaNow()));
            TwoByTwo t = s.harmTable();
            var p = t == null ? java.util.Optional.<TwoByTwo.Estimate>empty() : t.prrEstimate();
            prr.append(p.map(x -> round(x.value())).orElse(Double.NaN));
            prrCi.append(p.map(x -> ci(new double[] {x.lower(), x.upper()})).orElse(""));
            ror.append(t == null ? Double.NaN : round(t.ror()));
            rorCi.append(t == null ? "" : ci(t.rorCi()) + (t.rorEstimate().corrected() ? " (0.5 corrected)" : ""));
            yates.append(t == null ? Double.NaN : round(t.yatesChiSquare()));
            ic025.append(t == null ? Double.NaN : round(t.ic025()));
            fisher.append(t == null ? Double.NaN : Math.round(t.fisherGreater() * 1e4) / 1e4);
            ebgm.append(s.ebgm() == null ? Double.NaN : round(s.ebgm().ebgm()));
            eb05.append(s.ebgm() == null ? Double.NaN : round(s.ebgm().eb05()));
            fired.append(String.join(", ", s.fired()));
            fresh.append(String.join(", ", review.newSignals()));
        }
        return Table.create("signals " + result.period() + " (event: " + eventWords + ")", hazard, severity, now,
                event, events, mean, upper, chart, cusum, cusumH, ewma, prr, prrCi, ror, rorCi, yates, ic025, fisher,
                ebgm, eb05, fired, fresh);
    }

    static Table itemSignals(ReviewResult result) {
        StringColumn item = StringColumn.create("item");
        IntColumn now = IntColumn.create("reports");
        DoubleColumn mean = DoubleColumn.create("baseline_mean");
        DoubleColumn upper = DoubleColumn.create("upper_limit");
        DoubleColumn cusum = DoubleColumn.create("cusum");
        DoubleColumn ewma = DoubleColumn.create("ewma");
        StringColumn fired = StringColumn.create("signals");
        StringColumn fresh = StringColumn.create("new_signals");
        for (ItemReview review : result.items()) {
            Signals s = review.now();
            item.append(review.id());
            now.append((int) review.reviewCount());
            mean.append(round(s.baselineMean()));
            upper.append(round(s.upperReports(result.options().exposure().converted(result.period()))));
            cusum.append(round(s.cusumNow()));
            ewma.append(round(s.ewmaNow()));
            fired.append(String.join(", ", s.fired()));
            fresh.append(String.join(", ", review.newSignals()));
        }
        return Table.create("item signals " + result.period(), item, now, mean, upper, cusum, ewma, fired, fresh);
    }

    static Table triggers(List<Trigger> triggers) {
        StringColumn kind = StringColumn.create("kind");
        StringColumn hazard = StringColumn.create("hazard");
        StringColumn items = StringColumn.create("items");
        IntColumn evidence = IntColumn.create("evidence_reports");
        StringColumn finding = StringColumn.create("finding");
        StringColumn action = StringColumn.create("action");
        for (Trigger trigger : triggers) {
            kind.append(trigger.kind().key());
            hazard.append(trigger.hazard());
            items.append(String.join("; ", trigger.items()));
            evidence.append(trigger.evidence().size());
            finding.append(trigger.finding());
            action.append(trigger.action());
        }
        return Table.create("triggers", kind, hazard, items, evidence, finding, action);
    }

    static Table classes(ReviewResult result) {
        StringColumn item = StringColumn.create("item");
        StringColumn assessed = StringColumn.create("class");
        StringColumn indicated = StringColumn.create("indicated_class");
        StringColumn because = StringColumn.create("because");
        Map<String, ItemClassification> updated = result.updatedClassification().byId();
        for (ItemClassification row : result.classification().rows()) {
            item.append(row.id());
            assessed.append(row.label());
            indicated.append(updated.containsKey(row.id()) ? updated.get(row.id()).label() : "");
            because.append(row.because());
        }
        return Table.create("classes", item, assessed, indicated, because);
    }

    static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : value;
    }

    static String ci(double[] interval) {
        return String.format(Locale.ROOT, "%.2f-%.2f", interval[0], interval[1]);
    }
}
