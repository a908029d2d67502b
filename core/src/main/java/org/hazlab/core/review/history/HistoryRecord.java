package org.hazlab.core.review.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.trigger.Trigger;

/**
 * A review's history record content (seq, prev and hash are added by {@link ReviewHistory} when appending): what
 * ran, on which inputs, with which parameters, the classes and the triggers. Records hold only strings,
 * integers, booleans, arrays and objects so that they round-trip exactly through the canonical JSON; decimal
 * parameters are written as strings.
 */
public final class HistoryRecord {

    /**
     * How many of a trigger's report ids the record keeps. A trigger of a million-report review names tens of
     * thousands (1.8 MB per record, read again by every later append's verification); the record keeps the first
     * ones, the count and the SHA-256 of the whole list, and the JSON report lists them all, so the list an auditor
     * is shown can be checked against the hash-chained record.
     */
    public static final int EVIDENCE_KEPT = 100;

    private HistoryRecord() {
    }

    /** SHA-256 of a trigger's report ids, each followed by a line feed, in UTF-8 ({@code sha256sum} of the list). */
    public static String evidenceDigest(List<String> ids) {
        StringBuilder lines = new StringBuilder();
        ids.forEach(id -> lines.append(id).append('\n'));
        return CanonicalJson.sha256(lines.toString());
    }

    public static ObjectNode of(ReviewResult result) {
        ObjectNode record = CanonicalJson.object();
        record.put("period", result.period().toString());
        record.put("asOf", result.options().asOf().toString());
        record.put("hazlabVersion", result.options().hazlabVersion());
        record.put("scriptHash", result.options().scriptHash());
        record.put("scheme", result.classification().schemeId());
        result.classification().optionsInForce().ifPresent(o -> record.putObject("classificationOptions")
                .put("harm", o.harm().key()).put("creditLabelling", o.creditLabelling()));
        ArrayNode inputs = record.putArray("inputs");
        result.inputHashes().forEach((file, hash) -> inputs.addObject().put("file", file).put("sha256", hash));
        ObjectNode parameters = record.putObject("parameters");
        ReviewParameters.of(result).forEach(parameters::put);
        ArrayNode classes = record.putArray("classes");
        Map<String, ItemClassification> indicated = result.updatedClassification().byId();
        for (ItemClassification item : result.classification().rows()) {
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
        for (Trigger trigger : result.triggers()) {
            ObjectNode node = list.addObject();
            node.put("kind", trigger.kind().key());
            node.put("hazard", trigger.hazard());
            ArrayNode items = node.putArray("items");
            trigger.items().forEach(items::add);
            ArrayNode evidence = node.putArray("evidence");
            List<String> ids = trigger.evidence();
            ids.subList(0, Math.min(EVIDENCE_KEPT, ids.size())).forEach(evidence::add);
            node.put("evidenceCount", ids.size());
            node.put("evidenceSha256", evidenceDigest(ids));
            node.put("finding", trigger.finding());
            node.put("action", trigger.action());
            ArrayNode shifts = node.putArray("classChanges");
            for (Trigger.ClassShift shift : trigger.classChanges()) {
                shifts.addObject().put("item", shift.item()).put("from", shift.from()).put("to", shift.to())
                        .put("activitiesAdded", shift.activitiesAdded());
            }
        }
        ObjectNode totals = record.putObject("incidents");
        var counts = result.counts();
        totals.put("rows", result.incidents().size());
        totals.put("unlinked", result.links().unlinkedCount());
        totals.put("reviewPeriod", counts.totals()[counts.reviewIndex()]);
        totals.put("undated", counts.undated());
        totals.put("receivedAfterAsOf", counts.receivedLater());
        return record;
    }
}
