package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.render.DecisionTree;
import org.hazlab.core.classify.render.MarkdownReport;
import org.hazlab.core.classify.render.ResultFormat;
import org.hazlab.core.classify.render.ResultJson;
import org.hazlab.core.classify.render.ResultTable;
import org.hazlab.core.classify.render.SchemeComparison;
import org.hazlab.core.model.SafetyModel;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RenderingTest {

    private static final SafetyModel EXAMPLE = TestModels.decompositionExample(true)
            .attributes(Map.of("significance", "drive", "situation", "critical")).build();

    @Test
    void tableHasOneRowPerItemSystemFirst() {
        Table table = ResultTable.of(Classifications.run(EXAMPLE));
        assertEquals(List.of("item", "name", "parent", "depth", "class", "path", "because", "contested"),
                table.columnNames());
        assertEquals(List.of("SYS", "P", "X", "W", "Z"), table.stringColumn("item").asList());
        assertEquals(List.of("C", "C", "A", "B", "C"), table.stringColumn("class").asList());
        assertEquals("CONTRIBUTES > SEGREGATED", table.stringColumn("path").get(2));
    }

    @Test
    void treeReadsAloudWithIndentation() {
        String tree = DecisionTree.render(Classifications.run(EXAMPLE));
        String expectedX = """
                    Item X is class A.
                        1. X cannot contribute to a hazardous situation (display of logos only), so the decision flow gives class A.
                        2. X is segregated from P (runs in a separate MMU partition), so it keeps its own class A instead of inheriting C.
                        So: class A because it cannot contribute to a hazardous situation: display of logos only.
                """;
        assertTrue(tree.contains(expectedX), tree);
        assertTrue(tree.startsWith("IEC 62304:2006+A1:2015\nOptions: harm after-controls (the resulting possible harm "
                + "after external controls), labelling not credited\nThe software system SYS (Infusion pump software) is class C.\n"));
        assertTrue(tree.contains("      2. Taking software failure as certain, with no external control credited, hazard H-Z stays at "
                + "Frequent x Catastrophic = H (unacceptable).\n"), tree);
    }

    @Test
    void markdownHasSummaryTableAndPaths() {
        String md = MarkdownReport.render(Classifications.run(EXAMPLE));
        assertTrue(md.startsWith("## IEC 62304:2006+A1:2015\n\n*Options in force:* harm after-controls (the resulting "
                + "possible harm after external controls), labelling not credited.\n\n"
                + "| Item | Name | Parent | Class | Because | Contested |\n"), md);
        assertTrue(md.contains("| W | W | P | B | class B because hazard H-W can cause non-serious injury (Minor) and "
                + "stays unacceptable after external controls (Frequent x Minor = M) |  |"), md);
        assertTrue(md.contains("*Rule:* Catastrophic -> death -> C."), md);
    }

    @Test
    void jsonShapeIsStableAndDeterministic() throws Exception {
        String json = ResultJson.render(Classifications.run(EXAMPLE));
        assertEquals(json, ResultJson.render(Classifications.run(EXAMPLE)));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("findings", "format", "hazards", "items", "options", "scheme", "system", "version",
                "warnings"), iterable(root.fieldNames()));
        assertTrue(root.get("findings").isNull(), "findings are not computed by the plain rendering");
        assertEquals("after-controls", root.get("options").get("harm").asText());
        assertFalse(root.get("options").get("creditLabelling").asBoolean());
        assertEquals("hazlab-classification", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        JsonNode z = root.get("items").get(3);
        assertEquals("Z", z.get("id").asText());
        assertEquals("C", z.get("class").asText());
        assertEquals(List.of("because", "class", "contested", "depth", "id", "name", "outcome", "parent", "steps"),
                iterable(z.fieldNames()));
        assertTrue(z.get("contested").isNull());
        JsonNode residual = z.get("steps").get(1);
        assertEquals("RESIDUAL_RISK", residual.get("kind").asText());
        assertEquals("H", residual.get("cell").get("zone").asText());
        assertTrue(residual.get("cell").get("unacceptable").asBoolean());
        assertEquals("Catastrophic -> death -> C", z.get("steps").get(2).get("severityRule").asText());
        assertEquals("death", root.get("hazards").get(1).get("harm").asText());
        assertTrue(json.endsWith("}\n"));
        assertTrue(!json.contains("\r"));
    }

    @Test
    void undeterminedOutcomeNamesMissingFieldsInJson() throws Exception {
        SafetyModel bare = TestModels.model().item("I1").hazard("H1", "Minor", List.of("I1")).build();
        JsonNode outcome = new ObjectMapper().readTree(ResultJson.render(Classifications.run(bare, "imdrf")))
                .get("system").get("outcome");
        assertEquals("undetermined", outcome.get("kind").asText());
        assertEquals("significance", outcome.get("missing").get(0).asText());
    }

    @Test
    void sideBySideComparison() {
        Table table = Classifications.sideBySide(EXAMPLE);
        assertEquals(List.of("item", "name", "62304", "62304-2006", "imdrf", "mdr11", "fda"), table.columnNames());
        assertEquals(List.of("C", "C", "III", "undetermined", "Enhanced"), List.of(
                table.stringColumn("62304").get(0), table.stringColumn("62304-2006").get(0),
                table.stringColumn("imdrf").get(0), table.stringColumn("mdr11").get(0),
                table.stringColumn("fda").get(0)));
        assertEquals("A", table.stringColumn("62304").get(2));
        String md = SchemeComparison.markdown(Classifications.runAll(EXAMPLE));
        assertTrue(md.startsWith("| Item | Name | IEC 62304:2006+A1:2015 | IEC 62304:2006 (first edition) |"), md);
        String all = ResultJson.render(Classifications.runAll(EXAMPLE));
        assertTrue(all.contains("\"format\" : \"hazlab-classifications\""), all.substring(0, 200));
    }

    @Test
    void formatsByName() {
        ClassificationResult result = Classifications.run(EXAMPLE);
        assertEquals(ResultJson.render(result), ResultFormat.fromKey("JSON").orElseThrow().render(result));
        assertEquals(DecisionTree.render(result), ResultFormat.fromKey("tree").orElseThrow().render(result));
        assertTrue(ResultFormat.fromKey("table").orElseThrow().render(result).contains("class C because"));
        assertTrue(ResultFormat.fromKey("html").isEmpty());
        String several = ResultFormat.MARKDOWN.render(Classifications.runAll(EXAMPLE));
        assertTrue(several.startsWith("| Item | Name | IEC 62304:2006+A1:2015"));
        assertTrue(several.contains("## EU MDR Annex VIII Rule 11"));
        assertTrue(ResultFormat.TABLE.render(Classifications.runAll(EXAMPLE)).contains("62304-2006"));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
