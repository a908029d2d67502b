package org.hazlab.core.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.review.history.ReviewHistory;
import org.hazlab.core.review.link.Linker;
import org.hazlab.core.review.link.Links;
import org.hazlab.core.review.trigger.Trigger;
import org.hazlab.core.review.trigger.TriggerRules;

/**
 * The periodic review of IEC 62304 clause 9.6: links the incidents to hazards, counts them per period, looks for
 * trends and disproportionality signals per hazard, compares observed harm and frequency with the assumed severity
 * and probability, reruns the classification with the estimates the field data supports, and raises
 * reassessment triggers with their evidence. One call does it all, which is what the DSL's {@code review(...)}
 * verb calls:
 *
 * <pre>{@code
 * ReviewResult result = PeriodicReview.run(model, incidents, ReviewOptions.forPeriod("2026-Q3")
 *         .withLinkRules(rules).withHistory(Path.of("reviews/history.jsonl")).withOutDir(Path.of("reports")));
 * }</pre>
 *
 * When {@link ReviewOptions#historyFile()} is set a record is appended to the history; when
 * {@link ReviewOptions#outDir()} is set the Markdown, HTML and JSON reports are written there (atomically).
 */
public final class PeriodicReview {

    private PeriodicReview() {
    }

    /** The DSL's one-line call: options as named arguments ({@link ReviewOptions#fromMap}). */
    public static ReviewResult run(SafetyModel model, IncidentStore incidents, Map<String, ?> options)
            throws IOException {
        return run(model, incidents, ReviewOptions.fromMap(options));
    }

    public static ReviewResult run(SafetyModel model, IncidentStore incidents, ReviewOptions options)
            throws IOException {
        ReviewResult result = analyse(model, incidents, options);
        if (options.historyFile() != null) {
            ReviewHistory.append(options.historyFile(), result.historyContent());
        }
        if (options.outDir() != null) {
            result.writeReports(options.outDir());
        }
        return result;
    }

    /** The review without side effects (no history record, no report files). */
    public static ReviewResult analyse(SafetyModel model, IncidentStore incidents, ReviewOptions options) {
        Links links = Linker.link(incidents, options.linkRules());
        PeriodCounts counts = new PeriodCounts(model, incidents, links, options);
        List<Period> periods = counts.periods();
        int now = counts.reviewIndex();
        double[] exposure = exposure(options, periods);
        long[] allHarm = new long[periods.size()];
        long[] death = counts.eventType(org.hazlab.core.incidents.EventType.DEATH);
        long[] injury = counts.eventType(org.hazlab.core.incidents.EventType.INJURY);
        for (int p = 0; p < allHarm.length; p++) {
            allHarm[p] = death[p] + injury[p];
        }
        // evidence rows in the review period
        Map<String, List<String>> harmRows = new HashMap<>();
        Map<String, List<String>> rowsNow = new HashMap<>();
        Map<String, Boolean> deathReported = new HashMap<>();
        int from = (int) options.period().start().toEpochDay();
        int to = (int) Math.min(options.period().end().toEpochDay(), options.asOf().toEpochDay());
        List<String> linkedIds = links.hazardIds();
        for (int row = 0; row < incidents.size(); row++) {
            int day = incidents.receivedDay(row);
            if (day == IncidentStore.NO_DATE || day < from || day > to) {
                continue;
            }
            for (int i = 0; i < links.linkCount(row); i++) {
                String hazard = linkedIds.get(links.hazardAt(row, i));
                rowsNow.computeIfAbsent(hazard, k -> new ArrayList<>()).add(incidents.id(row));
                if (incidents.eventType(row).isHarm()) {
                    harmRows.computeIfAbsent(hazard, k -> new ArrayList<>()).add(incidents.id(row));
                }
                if (incidents.eventType(row) == org.hazlab.core.incidents.EventType.DEATH) {
                    deathReported.put(hazard, true);
                }
            }
        }
        List<HazardReview> hazards = new ArrayList<>();
        for (var entry : counts.hazards().entrySet()) {
            String id = entry.getKey();
            long[] series = entry.getValue();
            long[] harm = counts.harmByHazard().get(id);
            var hazard = model.hazard(id);
            HarmCategory category = hazard.flatMap(model::severityOf).flatMap(l -> l.harmCategory()).orElse(null);
            Signals signalsNow = Signals.at(series, harm, allHarm, counts.totals(), now, options.baselinePeriods(),
                    exposure);
            Signals signalsBefore = now == 0 ? signalsNow : Signals.at(series, harm, allHarm, counts.totals(),
                    now - 1, options.baselinePeriods(), exposure);
            double rate = exposure != null && exposure[now] > 0 ? harm[now] / exposure[now] : Double.NaN;
            hazards.add(new HazardReview(id, hazard.map(Hazard::title).orElse(""), hazard.isPresent(),
                    hazard.map(h -> h.severity() == null ? "" : h.severity()).orElse(""), category,
                    hazard.map(h -> h.probability() == null ? "" : h.probability()).orElse(""),
                    hazard.map(Hazard::items).orElse(List.of()), series, harm, signalsNow, signalsBefore, rate));
        }
        List<ItemReview> items = new ArrayList<>();
        for (var item : model.items()) {
            long[] series = counts.items().get(item.id());
            long[] harm = counts.harmByItem().get(item.id());
            Signals signalsNow = Signals.at(series, harm, allHarm, counts.totals(), now, options.baselinePeriods(),
                    exposure);
            Signals signalsBefore = now == 0 ? signalsNow : Signals.at(series, harm, allHarm, counts.totals(),
                    now - 1, options.baselinePeriods(), exposure);
            items.add(new ItemReview(item.id(), item.name(), series, harm, signalsNow, signalsBefore));
        }
        ClassificationResult baseline = Classifications.run(model);
        SafetyModel updatedModel = TriggerRules.updatedModel(model, hazards, deathReported);
        ClassificationResult updated = updatedModel == model ? baseline : Classifications.run(updatedModel);
        List<Trigger> triggers = TriggerRules.evaluate(model, hazards, items, harmRows, rowsNow, baseline, updated);
        return new ReviewResult(options, model, incidents, links, counts, hazards, items, triggers, baseline,
                updated);
    }

    private static double[] exposure(ReviewOptions options, List<Period> periods) {
        if (options.exposure().isEmpty()) {
            return null;
        }
        double[] values = new double[periods.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = options.exposure().getOrDefault(periods.get(p).toString(), 0.0);
        }
        return values;
    }
}
