package org.hazlab.core.review;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentTables;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.link.Links;
import org.hazlab.core.review.trigger.Trigger;
import tech.tablesaw.api.Table;

/**
 * The outcome of a periodic review: per-hazard findings, counts per period, triggers, the classification as
 * assessed and with the updated estimates; every part also as a Tablesaw table for the REPL and scripts, as a
 * history record ({@code review.history}), and as reports ({@code review.report}), which depend on this value and
 * never the other way round. Immutable: the input files are hashed once, when the review runs.
 */
public final class ReviewResult {

    private final ReviewOptions options;
    private final SafetyModel model;
    private final IncidentStore incidents;
    private final Links links;
    private final PeriodCounts counts;
    private final List<HazardReview> hazards;
    private final List<ItemReview> items;
    private final List<Trigger> triggers;
    private final ClassificationResult classification;
    private final ClassificationResult updatedClassification;
    private final Findings findings;
    private final Map<String, String> inputHashes;

    ReviewResult(ReviewOptions options, SafetyModel model, IncidentStore incidents, Links links, PeriodCounts counts,
                 List<HazardReview> hazards, List<ItemReview> items, List<Trigger> triggers,
                 ClassificationResult classification, ClassificationResult updatedClassification, Findings findings,
                 Map<String, String> inputHashes) {
        this.findings = findings;
        this.inputHashes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputHashes));
        this.options = options;
        this.model = model;
        this.incidents = incidents;
        this.links = links;
        this.counts = counts;
        this.hazards = List.copyOf(hazards);
        this.items = List.copyOf(items);
        this.triggers = List.copyOf(triggers);
        this.classification = classification;
        this.updatedClassification = updatedClassification;
    }

    public ReviewOptions options() {
        return options;
    }

    public Period period() {
        return options.period();
    }

    public SafetyModel model() {
        return model;
    }

    public IncidentStore incidents() {
        return incidents;
    }

    public Links links() {
        return links;
    }

    public PeriodCounts counts() {
        return counts;
    }

    public List<Period> periods() {
        return counts.periods();
    }

    /** Per-hazard findings, by hazard id. */
    public List<HazardReview> hazards() {
        return hazards;
    }

    public java.util.Optional<HazardReview> hazard(String id) {
        return hazards.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** Per-item findings, in model order. */
    public List<ItemReview> items() {
        return items;
    }

    public java.util.Optional<ItemReview> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** One row per item: reports in the period, baseline, limits and the trend signals. */
    public Table itemSignals() {
        return ReviewTables.itemSignals(this);
    }

    public List<Trigger> triggers() {
        return triggers;
    }

    /** Whether the review asks for any reassessment (what a scheduler's exit code reflects). */
    public boolean hasTriggers() {
        return !triggers.isEmpty();
    }

    public ClassificationResult classification() {
        return classification;
    }

    /** The classification rerun with the estimates the field data supports. */
    public ClassificationResult updatedClassification() {
        return updatedClassification;
    }

    /** Reports per hazard and period (long format: hazard, period, reports, harm). */
    public Table hazardTrends() {
        return ReviewTables.hazardTrends(this);
    }

    /** Reports per software item and period. */
    public Table itemTrends() {
        return ReviewTables.series("item trends", "item", counts.items(), counts.periods());
    }

    /** Reports per product code and period. */
    public Table productTrends() {
        return ReviewTables.series("product code trends", "product_code", counts.products(), counts.periods());
    }

    /** Reports per period and event type. */
    public Table eventTypeCounts() {
        return ReviewTables.eventTypes(this);
    }

    /** One row per hazard: counts, control limits, CUSUM, EWMA, PRR/ROR with CIs, IC025, EBGM, signals. */
    public Table signals() {
        return ReviewTables.signals(this);
    }

    public Table triggerTable() {
        return ReviewTables.triggers(triggers);
    }

    /** Item classes as assessed and as indicated by the updated estimates. */
    public Table classes() {
        return ReviewTables.classes(this);
    }

    /** Incidents of the review period linked to no hazard (listed, not lost). */
    public Table unlinked() {
        return IncidentTables.view(incidents, unlinkedInPeriod());
    }

    /** The first {@code limit} of {@link #unlinked()}, without building the rest (reports show a few). */
    public Table unlinked(int limit) {
        IntPredicate unlinked = unlinkedInPeriod();
        int[] taken = {0};
        return IncidentTables.view(incidents, row -> taken[0] < limit && unlinked.test(row) && ++taken[0] > 0);
    }

    /** How many rows {@link #unlinked()} has. */
    public int unlinkedCount() {
        IntPredicate unlinked = unlinkedInPeriod();
        int count = 0;
        for (int row = 0; row < incidents.size(); row++) {
            if (unlinked.test(row)) {
                count++;
            }
        }
        return count;
    }

    /** Rows received in the period (up to the as-of date) that link to no hazard. */
    private IntPredicate unlinkedInPeriod() {
        int from = (int) period().start().toEpochDay();
        int to = (int) Math.min(period().end().toEpochDay(), options.asOf().toEpochDay());
        return row -> {
            int day = incidents.receivedDay(row);
            return !links.isLinked(row) && day >= from && day <= to && day != IncidentStore.NO_DATE;
        };
    }

    /** SHA-256 of every input file, in the order given (computed once, when the review ran). */
    public Map<String, String> inputHashes() {
        return inputHashes;
    }

    /** Untriggered signals with their reasons, data quality, report cadence, EBGM prior, PMS-plan trends. */
    public Findings findings() {
        return findings;
    }

    /** Hazards sorted by signal strength: most signals first, then EB05, then id. */
    public List<HazardReview> hazardsByStrength() {
        return hazards.stream().sorted(java.util.Comparator
                .comparingInt((HazardReview h) -> -h.now().fired().size())
                .thenComparing(h -> -h.now().strength()).thenComparing(HazardReview::id)).toList();
    }
}
