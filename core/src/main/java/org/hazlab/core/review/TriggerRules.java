package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.Scale;
import org.hazlab.core.review.trigger.Trigger;
import org.hazlab.core.review.trigger.TriggerKind;

/**
 * Turns a review's per-hazard findings into reassessment triggers, and builds the "updated estimates" model
 * whose reclassification decides the class-change triggers. Pure: the same findings give the same triggers in
 * the same order (hazards by id, then items by model order).
 */
final class TriggerRules {

    private TriggerRules() {
    }

    private static String action(HazardReview hazard) {
        return "reassess hazard " + hazard.id()
                + (hazard.items().isEmpty() ? "" : " and items " + String.join(", ", hazard.items()));
    }

    static List<Trigger> evaluate(SafetyModel model, List<HazardReview> hazards, List<ItemReview> items,
                                  PeriodEvidence evidence, ReviewOptions options, ClassificationResult baseline,
                                  ClassificationResult updated, List<Findings.TrendComparison> trends) {
        List<Trigger> triggers = new ArrayList<>();
        String unit = options.exposure().probabilityUnit().words();
        String event = options.parameters().eventOfInterest().words();
        List<String> actions = hazards.stream().map(TriggerRules::action).toList();
        // the control-effectiveness reclassifications (two dozen in the bundled example) on every core, in order
        List<List<Trigger>> controlTriggers = java.util.stream.IntStream.range(0, hazards.size()).parallel()
                .mapToObj(h -> hazards.get(h).inModel() ? ControlEffectiveness.triggers(model, baseline,
                        hazards.get(h), evidence, options, actions.get(h)) : List.<Trigger>of())
                .toList();
        for (int h = 0; h < hazards.size(); h++) {
            HazardReview hazard = hazards.get(h);
            if (!hazard.inModel()) {
                continue;
            }
            String action = actions.get(h);
            harmWorse(hazard, evidence, action).ifPresent(triggers::add);
            triggers.addAll(controlTriggers.get(h));
            Optional<Double> bound = model.hazard(hazard.id()).flatMap(model::probabilityOf)
                    .flatMap(Level::bandUpperBound);
            if (!Double.isNaN(hazard.observedRate()) && bound.isPresent() && hazard.observedRate() > bound.get()) {
                triggers.add(new Trigger(TriggerKind.RATE_ABOVE_BAND, hazard.id(), hazard.items(),
                        evidence.events(hazard.id()), String.format(Locale.ROOT, "observed rate of %s %.3g %s "
                                + "is above the upper bound %.3g of the assumed probability %s", event,
                                hazard.observedRate(), unit, bound.get(), hazard.probability()),
                        action + ": review the probability estimate"));
            }
            List<String> fresh = hazard.newSignals();
            if (!fresh.isEmpty()) {
                triggers.add(new Trigger(TriggerKind.NEW_SIGNAL, hazard.id(), hazard.items(),
                        evidence.all(hazard.id()), signalFinding(hazard, fresh, event),
                        action + ": investigate the trend and check the risk controls"));
            }
        }
        for (Findings.TrendComparison trend : trends) {
            if (trend.significant()) {
                String scope = trend.scope().equals("*") ? "all reports" : "hazard " + trend.scope();
                triggers.add(new Trigger(TriggerKind.TREND_REPORT, trend.scope().equals("*") ? "" : trend.scope(),
                        List.of(), trend.evidence(), String.format(Locale.ROOT, "%d non-serious incident reports "
                                + "for %s in %s against %.2f expected by the PMS plan (one-sided Poisson p = %.3g)",
                                trend.observed(), scope, options.period(), trend.expected(), trend.pValue()),
                        "assess for a trend report under EU MDR Art. 88 and update the risk analysis"));
            }
        }
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

    /**
     * A death, or any harm of a category worse than the one the hazard's severity maps to (a death on a Critical
     * hazard, a serious injury on a Minor one), with the reports and the assumed severity.
     */
    static Optional<Trigger> harmWorse(HazardReview hazard, PeriodEvidence evidence, String action) {
        if (hazard.harm() == null) {
            return Optional.empty();
        }
        List<String> worse = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (HarmCategory observed : HarmCategory.values()) {
            List<String> ids = evidence.byHarm(hazard.id(), observed);
            if (!ids.isEmpty() && observed.ordinal() > hazard.harm().ordinal()) {
                worse.addAll(ids);
                kinds.add(0, ids.size() + " " + observed.words());
            }
        }
        if (worse.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(TriggerKind.HARM_WORSE_THAN_ASSUMED, hazard.id(), hazard.items(), worse,
                "harm worse than assumed: " + String.join(", ", kinds) + " report(s) linked to " + hazard.id()
                        + ", whose assumed severity " + hazard.severity() + " maps to " + hazard.harm().words(),
                action + ": review the severity estimate (assumed " + hazard.severity() + ")"));
    }

    /** Says what the new signals are about: a rise in reports, a disproportionate share of the event, or both. */
    static String signalFinding(HazardReview hazard, List<String> fresh, String event) {
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
                    "%s in %d of %d reports of this hazard against %d of %d other reports over the baseline and "
                            + "the period (%s; IC025 %.2f)", event,
                    table.a(), table.a() + table.b(), table.c(), table.c() + table.d(),
                    table.prrEstimate().map(p -> String.format(Locale.ROOT, "PRR %.2f, 95%% CI %.2f-%.2f",
                            p.value(), p.lower(), p.upper())).orElse("PRR undefined"), table.ic025()));
        }
        return finding.toString();
    }

    static List<String> trendSignals(List<String> signals) {
        return signals.stream().filter(s -> s.endsWith("chart") || s.equals("cusum") || s.equals("ewma")).toList();
    }

    /**
     * The model with the estimates the field data supports: severity raised to the lowest level whose harm
     * covers the worst harm reported, probability raised to the lowest band containing the observed rate.
     * Unchanged hazards are left alone.
     */
    static SafetyModel updatedModel(SafetyModel model, List<HazardReview> hazards, PeriodEvidence evidence) {
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
            HarmCategory observed = evidence.worstHarm(review.id());
            if (observed != null && review.harm() != null && review.harm().ordinal() < observed.ordinal()) {
                Optional<Level> level = severity.levels().stream()
                        .filter(l -> l.harm() != null && l.harm().ordinal() >= observed.ordinal()).findFirst();
                if (level.isPresent()) {
                    revised = revised.withSeverity(level.get().name());
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
}
