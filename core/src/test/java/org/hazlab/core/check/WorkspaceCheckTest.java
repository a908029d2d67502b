package org.hazlab.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;

class WorkspaceCheckTest {

    private static CheckReport broken() throws Exception {
        return WorkspaceCheck.of(WorkspaceLoader.load(Path.of("src/test/resources/workspaces/broken")));
    }

    @Test
    void summaryCountsComeFromTheTablesEvenWhenInvalid() throws Exception {
        CheckReport report = broken();
        assertFalse(report.valid());
        assertEquals(17, report.errors(), "incidents.csv: 05/01/2026 is MAUDE's MM/dd/yyyy and loads");
        CheckReport.LevelCount minor = report.severities().stream().filter(l -> l.level().equals("Minor"))
                .findFirst().orElseThrow();
        assertEquals(4, minor.hazards());
        assertEquals("Severe", report.severities().get(report.severities().size() - 1).level());
        CheckReport.ItemCount ui = report.items().stream().filter(i -> i.id().equals("UI")).findFirst().orElseThrow();
        assertEquals(4, ui.hazards());
        assertEquals(1, ui.controlsImplemented());
        assertEquals(2, report.incidents().reports());
    }

    @Test
    void problemsAreInReadingOrder() throws Exception {
        List<String> where = broken().problems().stream()
                .map(p -> Path.of(p.location().file()).getFileName() + ":" + p.location().line()).toList();
        assertEquals("controls.csv:3", where.get(0));
        assertEquals("items.csv:9", where.get(where.size() - 1));
    }

    @Test
    void textEndsWithTheVerdictAndJsonHasTheSameCounts() throws Exception {
        CheckReport report = broken();
        String text = CheckTextRenderer.render(report);
        assertTrue(text.endsWith("INVALID: 17 errors to fix\n"), text);
        assertTrue(text.contains("items.csv:8:4: error [segregation-without-rationale]"));
        JsonNode json = new ObjectMapper().readTree(CheckJsonRenderer.render(report));
        assertFalse(json.get("valid").asBoolean());
        assertEquals(17, json.get("errors").asInt());
        assertEquals(17, json.get("problems").size());
        JsonNode first = json.get("problems").get(0);
        assertEquals(3, first.get("line").asInt());
        assertEquals(7, first.get("column").asInt());
        assertEquals("unknown-reference", first.get("code").asText());
        assertEquals(CheckJsonRenderer.render(report), CheckJsonRenderer.render(broken()), "same input, same bytes");
    }
}
