package org.hazlab.shell.repl.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.dsl.run.NotebookReader;
import org.hazlab.dsl.run.NotebookWriter;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.shell.repl.Language;

/**
 * Jupyter notebooks (nbformat 4.5) through the DSL's own {@link NotebookWriter} and {@link NotebookReader}, the
 * ones {@code hazlab run --notebook} uses, so a notebook saved in the shell reruns headless and the other way
 * round. The shell adds one thing: Java cells are marked {@code "metadata": {"hazlab": {"language": "java"}}} so
 * they reopen as Java.
 */
public final class IpynbFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private IpynbFormat() {
    }

    public static String write(List<NotebookCell> cells) {
        List<Cell> dslCells = new ArrayList<>();
        List<CellResult> results = new ArrayList<>();
        for (NotebookCell cell : cells) {
            Cell dslCell = new Cell(dslCells.size(), cell.markdown() ? Cell.Kind.MARKDOWN : Cell.Kind.CODE,
                    cell.source(), 1, cell.markdown() ? null : cell.mark());
            dslCells.add(dslCell);
            CellResult ran = cell.result();
            if (ran != null) {
                results.add(new CellResult(dslCell, ran.value(), ran.output(), ran.messages(), ran.error(),
                        ran.duration(), ran.assignment()));
            }
        }
        String notebook = NotebookWriter.write("hazlab shell", dslCells, results, Map.of(), null);
        if (cells.stream().noneMatch(c -> !c.markdown() && c.language() == Language.JAVA)) {
            return notebook;
        }
        try {
            JsonNode root = JSON.readTree(notebook);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).markdown() && cells.get(i).language() == Language.JAVA) {
                    ObjectNode metadata = (ObjectNode) root.path("cells").get(i).path("metadata");
                    ObjectNode hazlab = metadata.has("hazlab") ? (ObjectNode) metadata.get("hazlab")
                            : metadata.putObject("hazlab");
                    hazlab.put("language", "java");
                }
            }
            return JSON.writeValueAsString(JSON.treeToValue(root, Object.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<NotebookCell> read(String text) throws IOException {
        List<Cell> cells;
        try {
            cells = NotebookReader.read(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<String> languages = new ArrayList<>();
        for (JsonNode cell : JSON.readTree(text).path("cells")) {
            String type = cell.path("cell_type").asText();
            if (type.equals("code") || type.equals("markdown")) {
                languages.add(cell.path("metadata").path("hazlab").path("language").asText("groovy"));
            }
        }
        List<NotebookCell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            out.add(cell.isCode() ? NotebookCell.saved(Language.fromKey(languages.get(i)), cell.source(), cell.skip())
                    : NotebookCell.markdown(cell.source()));
        }
        return out;
    }
}
