package org.hazlab.dsl.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hazlab.dsl.render.Display;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellError;
import org.hazlab.dsl.session.CellResult;

/**
 * Writes executed cells as a Jupyter notebook, nbformat 4.5 (cell ids required): Markdown cells, code cells with
 * their printed output (stdout), messages (stderr), the displayed value ({@code text/plain}, and {@code
 * text/html} for tables) and errors. Deterministic: sorted keys, ids from cell positions, no timestamps or
 * durations, so the same run gives the same bytes. Each cell records its line in the source script
 * ({@code metadata.hazlab.line}) and, when it failed or was interrupted, {@code metadata.hazlab.status}
 * ({@code failed}, {@code interrupted}), so that a rerun reports and skips it.
 */
public final class NotebookWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private NotebookWriter() {
    }

    /**
     * The notebook JSON.
     *
     * @param script     the script's name as given
     * @param cells      every cell of the script
     * @param results    the results of the cells that ran, in order
     * @param parameters the run's parameters
     * @param asOf       the pinned date, or null
     */
    public static String write(String script, List<Cell> cells, List<CellResult> results,
                               Map<String, String> parameters, LocalDate asOf) {
        Map<Integer, CellResult> byIndex = new TreeMap<>();
        results.forEach(r -> byIndex.put(r.cell().index(), r));
        List<Object> out = new ArrayList<>();
        int executed = 0;
        for (Cell cell : cells) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", "cell-" + cell.index());
            Map<String, Object> hazlabCell = new LinkedHashMap<>();
            hazlabCell.put("line", cell.firstLine());
            CellResult ran = byIndex.get(cell.index());
            String status = ran != null && ran.error() != null
                    ? ran.error().kind() == CellError.Kind.INTERRUPTED ? Cell.INTERRUPTED : Cell.FAILED
                    : cell.skip();
            if (status != null) {
                hazlabCell.put("status", status);
            }
            json.put("metadata", Map.of("hazlab", hazlabCell));
            json.put("source", lines(cell.source()));
            if (cell.isCode()) {
                json.put("cell_type", "code");
                CellResult result = byIndex.get(cell.index());
                List<Object> outputs = new ArrayList<>();
                Integer count = null;
                if (result != null && !cell.isBlank()) {
                    count = ++executed;
                    outputs = outputs(result, count);
                }
                json.put("execution_count", count);
                json.put("outputs", outputs);
            } else {
                json.put("cell_type", "markdown");
            }
            out.add(json);
        }
        Map<String, Object> hazlab = new LinkedHashMap<>();
        hazlab.put("script", script);
        hazlab.put("parameters", new TreeMap<>(parameters));
        if (asOf != null) {
            hazlab.put("as_of", asOf.toString());
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kernelspec", Map.of("name", "hazlab", "display_name", "hazlab (Groovy)", "language", "groovy"));
        metadata.put("language_info", Map.of("name", "groovy", "file_extension", ".groovy"));
        metadata.put("hazlab", hazlab);
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", out);
        notebook.put("metadata", metadata);
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        try {
            return JSON.writeValueAsString(notebook) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notebook could not be written as JSON", e);
        }
    }

    private static List<Object> outputs(CellResult result, int count) {
        List<Object> outputs = new ArrayList<>();
        if (!result.output().isEmpty()) {
            outputs.add(stream("stdout", result.output()));
        }
        if (!result.messages().isEmpty()) {
            outputs.add(stream("stderr", result.messages()));
        }
        result.displayValue().ifPresent(value -> {
            Map<String, Object> data = new LinkedHashMap<>();
            String text = Display.text(value);
            data.put("text/plain", lines(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
            String html = Display.html(value);
            if (html != null) {
                data.put("text/html", lines(html));
            }
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("output_type", "execute_result");
            output.put("execution_count", count);
            output.put("data", data);
            output.put("metadata", Map.of());
            outputs.add(output);
        });
        CellError error = result.error();
        if (error != null) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("output_type", "error");
            output.put("ename", error.kind().name().toLowerCase(java.util.Locale.ROOT));
            output.put("evalue", error.located());
            List<String> traceback = new ArrayList<>();
            traceback.add(error.located());
            traceback.addAll(error.details());
            output.put("traceback", traceback);
            outputs.add(output);
        }
        return outputs;
    }

    private static Map<String, Object> stream(String name, String text) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("output_type", "stream");
        output.put("name", name);
        output.put("text", lines(text));
        return output;
    }

    /** nbformat's multiline string: a list of lines, each but the last ending in a newline. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
