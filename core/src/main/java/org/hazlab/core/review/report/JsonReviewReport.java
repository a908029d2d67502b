package org.hazlab.core.review.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hazlab.core.review.HazardReview;
import org.hazlab.core.review.ItemReview;
import org.hazlab.core.review.Period;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.stats.TwoByTwo;

/** The review for machines: the history record's content plus per-hazard series and statistics; sorted keys. */
public final class JsonReviewReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private JsonReviewReport() {
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, Math.round(value * 10000) / 10000.0);
        } else {
            node.putNull(field);
        }
    }

    public static String render(ReviewResult result) {
        ObjectNode root = org.hazlab.core.review.history.HistoryRecord.of(result);
        ArrayNode periods = root.putArray("periods");
        result.periods().stream().map(Period::toString).forEach(periods::add);
        ArrayNode hazards = root.putArray("hazards");
        for (HazardReview h : result.hazards()) {
            ObjectNode node = hazards.addObject();
            node.put("id", h.id());
            node.put("title", h.title());
            node.put("inModel", h.inModel());
            node.put("severity", h.severity());
            node.put("probability", h.probability());
            ArrayNode counts = node.putArray("reports");
            for (long count : h.counts()) {
                counts.add(count);
            }
            ArrayNode harm = node.putArray("harmReports");
            for (long count : h.harmCounts()) {
                harm.add(count);
            }
            var s = h.now();
            number(node, "baselineMean", s.baselineMean());
            node.put("chart", s.chart().kind());
            number(node, "upperLimit", s.chart().points().get(0).upper());
            number(node, "cusum", s.cusum()[s.cusum().length - 1]);
            number(node, "ewma", s.ewma()[s.ewma().length - 1]);
            number(node, "ewmaUpper", s.ewmaUpper());
            TwoByTwo t = s.harmTable();
            if (t != null) {
                ObjectNode table = node.putObject("harmDisproportionality");
                table.put("a", t.a()).put("b", t.b()).put("c", t.c()).put("d", t.d());
                number(table, "prr", t.prr());
                number(table, "prrLower", t.prrCi()[0]);
                number(table, "prrUpper", t.prrCi()[1]);
                number(table, "ror", t.ror());
                number(table, "rorLower", t.rorCi()[0]);
                number(table, "rorUpper", t.rorCi()[1]);
                number(table, "chiSquareYates", t.yatesChiSquare());
                number(table, "ic", t.ic());
                number(table, "ic025", t.ic025());
                number(table, "expected", t.expected());
                number(table, "fisherP", t.fisherGreater());
                number(table, "ebgm", s.ebgm().ebgm());
                number(table, "eb05", s.ebgm().eb05());
            }
            ArrayNode fired = node.putArray("signals");
            s.fired().forEach(fired::add);
            ArrayNode fresh = node.putArray("newSignals");
            h.newSignals().forEach(fresh::add);
            number(node, "observedHarmRate", h.observedRate());
        }
        ArrayNode unlinked = root.putArray("unlinkedInPeriod");
        var unlinkedTable = result.unlinked();
        for (int row = 0; row < unlinkedTable.rowCount(); row++) {
            unlinked.add(unlinkedTable.getString(row, "id"));
        }
        ArrayNode items = root.putArray("items");
        for (ItemReview item : result.items()) {
            ObjectNode node = items.addObject();
            node.put("id", item.id());
            ArrayNode counts = node.putArray("reports");
            for (long count : item.counts()) {
                counts.add(count);
            }
            number(node, "baselineMean", item.now().baselineMean());
            number(node, "upperLimit", item.now().chart().points().get(0).upper());
            ArrayNode fired = node.putArray("signals");
            item.now().fired().forEach(fired::add);
            ArrayNode fresh = node.putArray("newSignals");
            item.newSignals().forEach(fresh::add);
        }
        try {
            return MAPPER.writeValueAsString(MAPPER.treeToValue(root, Object.class)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
