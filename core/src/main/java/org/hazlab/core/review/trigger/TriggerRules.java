package org.hazlab.core.review.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.Scale;
import org.hazlab.core.review.HazardReview;
import org.hazlab.core.review.ItemReview;

/**
 * Turns a review's per-hazard findings into reassessment triggers, and builds the "updated estimates" model
 * whose reclassification decides the class-change triggers. Pure: the same findings give the same triggers in
 * the same order (hazards by id, then items by model order).
 */
public final class TriggerRules {

    private TriggerRules() {
    }

    /**
     * @param model       the model as assessed
     * @param hazards     per-hazard findings, sorted by id
     * @param items       per-item findings, in model order
     * @param harmRows    per hazard id, ids of its death or injury reports in the review period
     * @param rowsNow     per hazard id, ids of all its reports in the review period
     * @param baseline    the classification of the model as assessed
     * @param updated     the classification of {@link #updatedModel} (or the baseline when nothing changed)
     */
    public static List<Trigger> evaluate(SafetyModel model, List<HazardReview> hazards, List<ItemReview> items,
                                         Map<String, List<String>> harmRows, Map<String, List<String>> rowsNow,
                                         ClassificationResult baseline, ClassificationResult updated) {
        List<Trigger> triggers = new ArrayList<>();
        for (HazardReview hazard : hazards) {
            if (!hazard.inModel()) {
                continue;
            }
            String action = "reassess hazard " + hazard.id()
                    + (hazard.items().isEmpty() ? "" : " and items " + String.join(", ", hazard.items()));
            List<String> harm = harmRows.getOrDefault(hazard.id(), List.of());
            if (hazard.harm() != null && !hazard.harm().isSeriousOrDeath() && !harm.isEmpty()) {
                triggers.add(new Trigger(TriggerKind.HARM_ABOVE_SEVERITY, hazard.id(), hazard.items(), harm,
                        harm.size() + " death or serious injury report(s) linked to " + hazard.id()
                                + ", whose severity " + hazard.severity() + " maps to " + hazard.harm().words(),
                        action + ": review the severity estimate"));
            }
            Optional<Double> bound = bandBound(model, hazard);
            if (!Double.isNaN(hazard.observedRate()) && bound.isPresent() && hazard.observedRate() > bound.get()) {
                triggers.add(new Trigger(TriggerKind.RATE_ABOVE_BAND, hazard.id(), hazard.items(), harm,
                        String.format(Locale.ROOT, "observed harm rate %.3g per unit of exposure is above %s's "
                                + "upper bound %.3g", hazard.observedRate(), hazard.probability(), bound.get()),
                        action + ": review the probability estimate"));
            }
            List<String> fresh = hazard.newSignals();
            if (!fresh.isEmpty()) {
                triggers.add(new Trigger(TriggerKind.NEW_SIGNAL, hazard.id(), hazard.items(),
                        rowsNow.getOrDefault(hazard.id(), List.of()), signalFinding(hazard, fresh),
                        action + ": investigate the trend and check the risk controls"));
            }
        }
        // an item trending while none of its hazards raised a new signal of its own
        for (ItemReview item : items) {
            List<String> fresh = trendSignals(item.newSignals());
            boolean explained = hazards.stream().anyMatch(h -> h.items().contains(item.id())
                    && !h.newSignals().isEmpty());
            if (!fresh.isEmpty() && !explained) {
                triggers.add(new Trigger(TriggerKind.NEW_SIGNAL, "", List.of(item.id()), List.of(),
                        "new signal(s) " + String.join(", ", fresh) + " for item " + item.id() + ": "
                                + item.reviewCount() + " reports this period against a baseline mean of "
                                + String.format(Locale.ROOT, "%.2f", item.now().baselineMean())
                                + "; no single hazard of the item signals",
                        "reassess item " + item.id() + ": look for a common cause across its hazards"));
            }
        }
        Map<String, ItemClassification> after = updated.byId();
        for (ItemClassification before : baseline.rows()) {
            ItemClassification now = after.get(before.id());
            if (now != null && !now.label().equals(before.label())) {
                triggers.add(new Trigger(TriggerKind.CLASS_CHANGE, "", List.of(before.id()), List.of(),
                        before.id() + " changes from class " + before.label() + " to " + now.label()
                                + " with the estimates the field data supports: " + now.because(),
                        "reassess item " + before.id() + " (now " + before.label() + ", indicated "
                                + now.label() + ") and update its 62304 activities"));
            }
        }
        return triggers;
    }

    /** Says what the new signals are about: a rise in reports, a disproportionate share of harm, or both. */
    static String signalFinding(HazardReview hazard, List<String> fresh) {
        List<String> trend = trendSignals(fresh);
        List<String> disproportion = fresh.stream().filter(s -> !trend.contains(s)).toList();
        StringBuilder finding = new StringBuilder("new signal(s) ").append(String.join(", ", fresh)).append(": ");
        if (!trend.isEmpty()) {
            finding.append(hazard.reviewCount()).append(" reports this period against a baseline mean of ")
                    .append(String.format(Locale.ROOT, "%.2f", hazard.now().baselineMean()));
        }
        var table = hazard.now().harmTable();
        if (!disproportion.isEmpty() && table != null) {
            finding.append(trend.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                    "death or injury in %d of %d reports of this hazard against %d of %d other reports over the "
                            + "baseline and the period (PRR %.2f, 95%% CI %.2f-%.2f; IC025 %.2f)",
                    table.a(), table.a() + table.b(), table.c(), table.c() + table.d(), table.prr(),
                    table.prrCi()[0], table.prrCi()[1], table.ic025()));
        }
        return finding.toString();
    }

    private static List<String> trendSignals(List<String> signals) {
        return signals.stream().filter(s -> s.endsWith("chart") || s.equals("cusum") || s.equals("ewma")).toList();
    }

    private static Optional<Double> bandBound(SafetyModel model, HazardReview hazard) {
        return model.hazard(hazard.id()).flatMap(model::probabilityOf).flatMap(Level::bandUpperBound);
    }

    /**
     * The model with the estimates the field data supports: severity raised to the lowest level whose harm
     * covers what was reported (death, or serious injury for injury reports), probability raised to the lowest
     * band containing the observed rate. Unchanged hazards are left alone.
     */
    public static SafetyModel updatedModel(SafetyModel model, List<HazardReview> hazards,
                                           Map<String, Boolean> deathReported) {
        SafetyModel.Builder builder = model.toBuilder();
        boolean changed = false;
        Scale severity = model.policy().severity();
        Scale probability = model.policy().probability();
        for (HazardReview review : hazards) {
            Optional<Hazard> found = model.hazard(review.id());
            if (found.isEmpty()) {
                continue;
            }
            Hazard hazard = found.get();
            Hazard revised = hazard;
            long harmNow = review.harmCounts()[review.harmCounts().length - 1];
            if (harmNow > 0 && review.harm() != null) {
                HarmCategory observed = deathReported.getOrDefault(review.id(), false) ? HarmCategory.DEATH
                        : HarmCategory.SERIOUS_INJURY;
                if (review.harm().ordinal() < observed.ordinal()) {
                    Optional<Level> level = severity.levels().stream()
                            .filter(l -> l.harm() != null && l.harm().ordinal() >= observed.ordinal()).findFirst();
                    if (level.isPresent()) {
                        revised = revised.withSeverity(level.get().name());
                    }
                }
            }
            if (!Double.isNaN(review.observedRate())) {
                Optional<Level> current = model.probabilityOf(hazard);
                Optional<Level> band = probability.levels().stream()
                        .filter(l -> l.upperBound() == null || review.observedRate() <= l.upperBound()).findFirst();
                if (band.isPresent() && current.isPresent() && band.get().rank() > current.get().rank()) {
                    revised = revised.withProbability(band.get().name());
                }
            }
            if (revised != hazard) {
                builder.replaceHazard(revised);
                changed = true;
            }
        }
        return changed ? builder.build().modelIfValid().orElse(model) : model;
    }

    /** Classifies the updated model with the default scheme. */
    public static ClassificationResult reclassify(SafetyModel updated) {
        return Classifications.run(updated);
    }
}
