package org.hazlab.core.review.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hazlab.core.review.report.ReportContent.Block;
import org.hazlab.core.review.report.ReportContent.Bullets;
import org.hazlab.core.review.report.ReportContent.Chart;
import org.hazlab.core.review.report.ReportContent.Facts;
import org.hazlab.core.review.report.ReportContent.Grid;
import org.hazlab.core.review.report.ReportContent.Heading;
import org.hazlab.core.review.report.ReportContent.Section;
import org.hazlab.core.review.report.ReportContent.Text;
import org.hazlab.core.review.trigger.Trigger;

/**
 * The report as JSON: the same sections and blocks as the HTML and Markdown, plus the history record's content
 * ({@code record}) for programs that want the figures without reading tables, and every trigger's report ids in
 * full ({@code evidence}). Sorted keys, indented.
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private JsonRenderer() {
    }

    /**
     * @param triggers the review's triggers, whose report ids are listed in full under {@code evidence} (the
     *                 record keeps the first ones and the digest of the list)
     */
    public static String render(ReportContent report, ObjectNode record, List<Trigger> triggers) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", report.title());
        root.set("record", record);
        ArrayNode evidence = root.putArray("evidence");
        for (Trigger trigger : triggers) {
            ObjectNode entry = evidence.addObject().put("kind", trigger.kind().key()).put("hazard", trigger.hazard());
            trigger.items().forEach(entry.putArray("items")::add);
            trigger.evidence().forEach(entry.putArray("ids")::add);
        }
        ArrayNode sections = root.putArray("sections");
        for (Section section : report.sections()) {
            ObjectNode node = sections.addObject();
            node.put("id", section.id());
            node.put("title", section.title());
            ArrayNode blocks = node.putArray("blocks");
            for (Block block : section.blocks()) {
                block(blocks.addObject(), block);
            }
        }
        try {
            return MAPPER.writeValueAsString(MAPPER.treeToValue(root, Object.class)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void block(ObjectNode node, Block block) {
        {
            if (block instanceof Heading h) node.put("type", "heading").put("text", h.text());
            if (block instanceof Text t) node.put("type", "text").put("text", t.text()).put("emphasis", t.emphasis());
            if (block instanceof Facts f) {
                node.put("type", "facts");
                ArrayNode facts = node.putArray("facts");
                f.facts().forEach(fact -> facts.addObject().put("label", fact.label()).put("value", fact.value()));
            }
            if (block instanceof Bullets b) {
                node.put("type", "bullets");
                ArrayNode items = node.putArray("items");
                b.items().forEach(items::add);
            }
            if (block instanceof Grid g) {
                node.put("type", "table").put("caption", g.caption());
                ArrayNode columns = node.putArray("columns");
                g.columns().forEach(columns::add);
                ArrayNode rows = node.putArray("rows");
                for (List<String> row : g.rows()) {
                    ArrayNode cells = rows.addArray();
                    row.forEach(cells::add);
                }
            }
            if (block instanceof Chart c) {
                node.put("type", "chart").put("title", c.title()).put("stacked", c.stacked());
                ArrayNode periods = node.putArray("periods");
                c.periods().forEach(periods::add);
                ArrayNode series = node.putArray("series");
                c.series().forEach(s -> {
                    ObjectNode one = series.addObject().put("name", s.name());
                    ArrayNode values = one.putArray("values");
                    for (long v : s.values()) {
                        values.add(v);
                    }
                });
                ArrayNode lines = node.putArray("lines");
                c.lines().forEach(l -> {
                    ObjectNode one = lines.addObject().put("name", l.name());
                    if (Double.isFinite(l.value())) {
                        one.put("value", Math.round(l.value() * 10000) / 10000.0);
                    } else {
                        one.putNull("value");
                    }
                });
            }
        }
    }
}
