package org.hazlab.core.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentTables;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.history.CanonicalJson;
import org.hazlab.core.review.link.Links;
import org.hazlab.core.review.report.ReviewReports;
import org.hazlab.core.review.trigger.Trigger;
import tech.tablesaw.api.Table;

/**
 * The outcome of a periodic review: per-hazard findings, counts per period, triggers, the classification as
 * assessed and with the updated estimates; every part also as a Tablesaw table for the REPL and scripts, as a
 * history record, and as reports. Immutable.
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
    private Map<String, String> inputHashes;

    ReviewResult(ReviewOptions options, SafetyModel model, IncidentStore incidents, Links links, PeriodCounts counts,
                 List<HazardReview> hazards, List<ItemReview> items, List<Trigger> triggers,
                 ClassificationResult classification, ClassificationResult updatedClassification) {
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
        int from = (int) period().start().toEpochDay();
        int to = (int) Math.min(period().end().toEpochDay(), options.asOf().toEpochDay());
        return IncidentTables.view(incidents, row -> !links.isLinked(row) && incidents.receivedDay(row) >= from
                && incidents.receivedDay(row) <= to && incidents.receivedDay(row) != IncidentStore.NO_DATE);
    }

    /**
     * SHA-256 of every input file, in the order given; computed once (the history record and each report show
     * them, and a million-report incident file takes seconds to hash).
     */
    public synchronized Map<String, String> inputHashes() {
        if (inputHashes == null) {
            Map<String, String> hashes = new java.util.LinkedHashMap<>();
            for (Path file : options.inputFiles()) {
                hashes.put(file.toString().replace('\\', '/'), sha256(file));
            }
            inputHashes = java.util.Collections.unmodifiableMap(hashes);
        }
        return inputHashes;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The history record's content (seq, prev and hash are added by the history when appending). */
    public ObjectNode historyContent() {
        ObjectNode record = CanonicalJson.object();
        record.put("period", period().toString());
        record.put("asOf", options.asOf().toString());
        record.put("hazlabVersion", options.hazlabVersion());
        record.put("scriptHash", options.scriptHash());
        record.put("scheme", classification.schemeId());
        classification.optionsInForce().ifPresent(o -> record.putObject("classificationOptions")
                .put("harm", o.harm().key()).put("creditLabelling", o.creditLabelling()));
        ArrayNode inputs = record.putArray("inputs");
        inputHashes().forEach((file, hash) -> inputs.addObject().put("file", file).put("sha256", hash));
        ArrayNode classes = record.putArray("classes");
        Map<String, ItemClassification> indicated = updatedClassification.byId();
        for (ItemClassification item : classification.rows()) {
            ObjectNode entry = classes.addObject();
            entry.put("item", item.id());
            entry.put("class", item.label());
            entry.put("indicatedClass", indicated.containsKey(item.id()) ? indicated.get(item.id()).label() : "");
            entry.put("because", item.because());
            ArrayNode path = entry.putArray("path");
            for (DecisionStep step : item.path().steps()) {
                ObjectNode node = path.addObject();
                node.put("step", step.kind().name());
                node.put("result", step.result());
                node.put("words", step.words());
                ArrayNode hazardIds = node.putArray("hazards");
                step.hazards().forEach(hazardIds::add);
            }
        }
        ArrayNode list = record.putArray("triggers");
        for (Trigger trigger : triggers) {
            ObjectNode node = list.addObject();
            node.put("kind", trigger.kind().key());
            node.put("hazard", trigger.hazard());
            ArrayNode items = node.putArray("items");
            trigger.items().forEach(items::add);
            ArrayNode evidence = node.putArray("evidence");
            trigger.evidence().forEach(evidence::add);
            node.put("finding", trigger.finding());
            node.put("action", trigger.action());
        }
        ObjectNode totals = record.putObject("incidents");
        totals.put("rows", incidents.size());
        totals.put("unlinked", links.unlinkedCount());
        totals.put("reviewPeriod", counts.totals()[counts.reviewIndex()]);
        totals.put("undated", counts.undated());
        totals.put("receivedAfterAsOf", counts.receivedLater());
        return record;
    }

    /** Writes review-PERIOD.md, .html and .json into the folder, each atomically; returns the paths. */
    public List<Path> writeReports(Path dir) throws IOException {
        return ReviewReports.writeAll(this, dir);
    }
}
