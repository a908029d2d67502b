package org.hazlab.dsl.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.dsl.session.Cell;

/**
 * Reads the cells of a Jupyter notebook (nbformat 4) so that {@code hazlab run} can rerun it, papermill style:
 * code and Markdown cells in order (raw cells are skipped), outputs ignored. A cell keeps the script line that
 * hazlab recorded when it wrote the notebook; for other notebooks, lines count as in the notebook's percent-format
 * script (each cell after a one-line marker).
 */
public final class NotebookReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookReader() {
    }

    /**
     * @throws IllegalArgumentException when the text is not an nbformat 4 notebook
     */
    public static List<Cell> read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a notebook: " + e.getMessage());
        }
        if (root == null || !root.path("cells").isArray() || root.path("nbformat").asInt() != 4) {
            throw new IllegalArgumentException("not a Jupyter notebook in nbformat 4 (no \"cells\" or \"nbformat\": 4)");
        }
        List<Cell> cells = new ArrayList<>();
        int line = 1;
        for (JsonNode node : root.path("cells")) {
            String type = node.path("cell_type").asText();
            if (!type.equals("code") && !type.equals("markdown")) {
                continue;
            }
            String source = source(node.path("source"));
            int recorded = node.path("metadata").path("hazlab").path("line").asInt(0);
            int first = recorded > 0 ? recorded : line + 1;
            cells.add(new Cell(cells.size(), type.equals("code") ? Cell.Kind.CODE : Cell.Kind.MARKDOWN, source, first));
            line = first + (int) source.chars().filter(c -> c == '\n').count() + 1;
        }
        return cells;
    }

    private static String source(JsonNode source) {
        if (source.isArray()) {
            StringBuilder text = new StringBuilder();
            source.forEach(part -> text.append(part.asText()));
            return text.toString();
        }
        return source.asText();
    }
}
