package org.hazlab.core.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.io.FileDigests;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.review.link.Linker;
import org.hazlab.core.review.link.Links;
import org.hazlab.core.review.stats.EbgmPriorFit;
import org.hazlab.core.review.trigger.Trigger;

/**
 * The periodic review of IEC 62304 clause 9.6: links the incidents to hazards, counts them per period, looks for
 * trends and disproportionality signals per hazard, compares observed harm and frequency with the assumed severity
 * and probability and with what the credited external controls claim, compares non-serious incidents with the
 * PMS plan, reruns the classification with the estimates the field data supports, and raises reassessment
 * triggers with their evidence. Side-effect free: {@code ReviewJob} (subpackage {@code job}) adds the history
 * record and the report files.
 *
 * <pre>{@code
 * ReviewResult result = PeriodicReview.analyse(model, incidents, ReviewOptions.forPeriod("2026-Q3")
 *         .withLinkRules(rules));
 * }</pre>
 */
public final class PeriodicReview {

    private PeriodicReview() {
    }

    public static ReviewResult analyse(SafetyModel model, IncidentStore incidents, ReviewOptions options) {
        return analyse(model, incidents, options, ImportProgress.NONE);
    }

    /**
     * The same, telling {@code progress} how far the search of the narratives has got (its longest step), then
     * each later step ({@link ImportProgress#step}).
     */
    public static ReviewResult analyse(SafetyModel model, IncidentStore incidents, ReviewOptions options,
                                       ImportProgress progress) {
        Links links = Linker.link(incidents, options.linkRules(), progress);
        // the inputs' SHA-256 for the record is needed only at the end: hashed in the background from here, where
        // the review's single-threaded steps (counting, triggers) leave a core free, and not during the linking,
        // which uses both (measured: 0.2 s sooner on a million reports than hashing from the workspace's load)
        FileDigests.prefetch(options.inputFiles());
        progress.step(step(options, "counts and signals"));
        ObservedHarms harms = new ObservedHarms(incidents);
        PeriodCounts counts = new PeriodCounts(model, incidents, links, harms, options);
        List<Period> periods = counts.periods();
        int now = counts.reviewIndex();
        double[] exposure = exposure(options, periods);
        long[] allEvents = counts.events();
        PeriodEvidence evidence = new PeriodEvidence(incidents, links, harms, options);
        EbgmPriorFit.Outcome prior = FindingRules.prior(options, counts);
        SignalEngine engine = new SignalEngine(options.parameters(), prior.prior(), exposure);
        int baseline = options.baselinePeriods();
        // the signals of every hazard and item, now and one period before, on both cores (the CUSUM designs of
        // small baseline means are exact Markov chains: the costliest step of a review after linking)
        List<long[]> seriesList = new ArrayList<>();
        List<long[]> harmList = new ArrayList<>();
        List<String> hazardIds = new ArrayList<>(counts.hazards().keySet());
        for (String id : hazardIds) {
            seriesList.add(counts.hazards().get(id));
            harmList.add(counts.harmByHazard().get(id));
        }
        for (var item : model.items()) {
            seriesList.add(counts.items().get(item.id()));
            harmList.add(counts.harmByItem().get(item.id()));
        }
        List<Signals[]> signals = java.util.stream.IntStream.range(0, seriesList.size()).parallel()
                .mapToObj(i -> {
                    Signals signalsNow = engine.at(seriesList.get(i), harmList.get(i), allEvents, counts.totals(),
                            now, baseline);
                    Signals signalsBefore = now == 0 ? signalsNow : engine.at(seriesList.get(i), harmList.get(i),
                            allEvents, counts.totals(), now - 1, baseline);
                    return new Signals[] {signalsNow, signalsBefore};
                }).toList();
        List<HazardReview> hazards = new ArrayList<>();
        for (int i = 0; i < hazardIds.size(); i++) {
            String id = hazardIds.get(i);
            long[] series = seriesList.get(i);
            long[] harm = harmList.get(i);
            var hazard = model.hazard(id);
            HarmCategory category = hazard.flatMap(model::severityOf).flatMap(l -> l.harmCategory()).orElse(null);
            double rate = exposure != null && exposure[now] > 0 ? harm[now] / exposure[now] : Double.NaN;
            hazards.add(new HazardReview(id, hazard.map(Hazard::title).orElse(""), hazard.isPresent(),
                    hazard.map(h -> h.severity() == null ? "" : h.severity()).orElse(""), category,
                    hazard.map(h -> h.probability() == null ? "" : h.probability()).orElse(""),
                    hazard.map(Hazard::items).orElse(List.of()), series, harm, signals.get(i)[0], signals.get(i)[1],
                    rate));
        }
        List<ItemReview> items = new ArrayList<>();
        int next = hazardIds.size();
        for (var item : model.items()) {
            items.add(new ItemReview(item.id(), item.name(), seriesList.get(next), harmList.get(next),
                    signals.get(next)[0], signals.get(next)[1]));
            next++;
        }
        progress.step(step(options, "classes and triggers"));
        ClassificationResult assessed = Classifications.run(model);
        SafetyModel updatedModel = TriggerRules.updatedModel(model, hazards, evidence);
        ClassificationResult updated = updatedModel == model ? assessed : Classifications.run(updatedModel);
        List<Findings.TrendComparison> trends = FindingRules.trends(options, evidence);
        List<Trigger> triggers = TriggerRules.evaluate(model, hazards, items, evidence, options, assessed, updated,
                trends);
        Findings findings = new Findings(FindingRules.untriggered(hazards, triggers),
                FindingRules.dataQuality(options, evidence, counts), FindingRules.cadence(options), prior, trends);
        return new ReviewResult(options, model, incidents, links, counts, hazards, items, triggers, assessed,
                updated, findings, inputHashes(options.inputFiles()));
    }

    /** How a step of the review of {@code options}' period is shown: "reviewing 2026-Q3: classes and triggers". */
    public static String step(ReviewOptions options, String what) {
        return "reviewing " + options.period() + ": " + what;
    }

    /** Exposure per period in the policy's probability unit, or null when not given. */
    private static double[] exposure(ReviewOptions options, List<Period> periods) {
        if (!options.exposure().known()) {
            return null;
        }
        double[] values = new double[periods.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = options.exposure().converted(periods.get(p));
        }
        return values;
    }

    /** SHA-256 of every input file, in the order given (started at the beginning of the analysis). */
    private static Map<String, String> inputHashes(List<Path> files) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : files) {
            hashes.put(file.toString().replace('\\', '/'), FileDigests.sha256(file));
        }
        return hashes;
    }
}
