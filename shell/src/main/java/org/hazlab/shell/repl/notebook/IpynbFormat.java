package org.hazlab.shell.repl.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.shell.repl.Language;

/**
 * Jupyter notebooks, nbformat 4.5 (cells carry ids), written by hand with Jackson because the DSL has no notebook
 * writer yet: code cells with their output as a {@code stdout} stream, Java cells marked in the cell metadata
 * ({@code "hazlab": {"language": "java"}}) so they reopen as Java. Deterministic: ids are the cell numbers.
 */
public final class IpynbFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IpynbFormat() {
    }

    public static String write(List<NotebookCell> cells) {
        List<Object> out = new ArrayList<>();
        int count = 0;
        for (NotebookCell cell : cells) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("cell_type", cell.markdown() ? "markdown" : "code");
            json.put("id", "cell-" + (out.size() + 1));
            Map<String, Object> metadata = new LinkedHashMap<>();
            if (!cell.markdown() && cell.language() == Language.JAVA) {
                metadata.put("hazlab", Map.of("language", "java"));
            }
            json.put("metadata", metadata);
            json.put("source", lines(cell.source()));
            if (!cell.markdown()) {
                count++;
                json.put("execution_count", count);
                List<Object> outputs = new ArrayList<>();
                if (!cell.output().isEmpty()) {
                    Map<String, Object> stream = new LinkedHashMap<>();
                    stream.put("name", cell.failed() ? "stderr" : "stdout");
                    stream.put("output_type", "stream");
                    stream.put("text", lines(cell.output()));
                    outputs.add(stream);
                }
                json.put("outputs", outputs);
            }
            out.add(json);
        }
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", out);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kernelspec", Map.of("display_name", "hazlab (Groovy)", "language", "groovy",
                "name", "hazlab"));
        metadata.put("language_info", Map.of("file_extension", ".groovy", "name", "groovy"));
        notebook.put("metadata", metadata);
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(notebook) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (last && parts[i].isEmpty()) {
                break;
            }
            lines.add(last ? parts[i] : parts[i] + "\n");
        }
        return lines;
    }

    public static List<NotebookCell> read(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        JsonNode cells = root.path("cells");
        if (!cells.isArray()) {
            throw new IOException("not a Jupyter notebook: no \"cells\" array");
        }
        String notebookLanguage = root.path("metadata").path("kernelspec").path("language").asText("groovy");
        List<NotebookCell> out = new ArrayList<>();
        for (JsonNode cell : cells) {
            String source = joined(cell.path("source"));
            String type = cell.path("cell_type").asText();
            if ("markdown".equals(type)) {
                out.add(NotebookCell.markdown(source));
            } else if ("code".equals(type)) {
                String language = cell.path("metadata").path("hazlab").path("language").asText(notebookLanguage);
                out.add(NotebookCell.code(Language.fromKey(language), source));
            }
        }
        return out;
    }

    private static String joined(JsonNode source) {
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder text = new StringBuilder();
        source.forEach(part -> text.append(part.asText()));
        return text.toString();
    }
}
