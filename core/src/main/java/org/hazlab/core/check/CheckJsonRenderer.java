package org.hazlab.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazlab.core.problem.Problem;

/**
 * Renders a {@link CheckReport} as JSON for machines (docs/data-formats.md, "hazlab check --format json"). Keys are
 * sorted and the shape is stable; a problem's location is split into file, line and column.
 */
public final class CheckJsonRenderer {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CheckJsonRenderer() {
    }

    public static String render(CheckReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("workspace", report.workspace());
        document.put("root", report.root());
        document.put("policy", report.policy());
        document.put("valid", report.valid());
        document.put("errors", report.errors());
        document.put("warnings", report.warnings());
        document.put("files", report.files());
        document.put("severities", report.severities());
        document.put("items", report.items());
        document.put("incidents", report.incidents());
        document.put("problems", report.problems().stream().map(CheckJsonRenderer::problem).toList());
        document.put("omitted", report.omitted());
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the check report as JSON", e);
        }
    }

    private static Map<String, Object> problem(Problem problem) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("severity", problem.severity().label());
        out.put("code", problem.code());
        out.put("file", problem.location().file());
        out.put("line", problem.location().line());
        out.put("column", problem.location().column());
        out.put("message", problem.message());
        out.put("value", problem.value());
        out.put("expected", problem.expected());
        out.put("hint", problem.hint());
        out.put("related", problem.related().stream().map(Object::toString).toList());
        return out;
    }
}
