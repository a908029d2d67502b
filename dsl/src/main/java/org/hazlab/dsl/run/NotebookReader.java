package org.hazlab.dsl.run;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.io.json.JsonMessages;
import org.hazlab.core.io.json.StrictJson;
import org.hazlab.dsl.session.Cell;

/**
 * Reads the cells of a Jupyter notebook (nbformat 4) so that {@code hazlab run} can rerun it, papermill style:
 * code and Markdown cells in order (raw cells are skipped), outputs ignored. Lines count from 1 in each cell, so
 * errors name the cell and the line in it ({@code w.ipynb: cell 6, line 2}), never a line of the JSON file. A
 * cell hazlab marked {@code metadata.hazlab.status} {@code failed} or {@code interrupted} is read as skipped.
 */
public final class NotebookReader {

    // the one JSON policy: a duplicated "source" or a second notebook pasted after the first is an error
    private static final ObjectMapper JSON = StrictJson.mapper().build();

    private NotebookReader() {
    }

    /**
     * @throws IllegalArgumentException when the text is not an nbformat 4 notebook
     */
    public static List<Cell> read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException((at == null || at.getLineNr() < 1 ? ""
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                    + "not a valid notebook: " + JsonMessages.plain(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid notebook: " + e.getMessage());
        }
        if (root == null || !root.path("cells").isArray() || root.path("nbformat").asInt() != 4) {
            throw new IllegalArgumentException("not a Jupyter notebook in nbformat 4 (no \"cells\" or \"nbformat\": 4)");
        }
        List<Cell> cells = new ArrayList<>();
        for (JsonNode node : root.path("cells")) {
            String type = node.path("cell_type").asText();
            if (!type.equals("code") && !type.equals("markdown")) {
                continue;
            }
            String source = source(node.path("source"));
            boolean code = type.equals("code");
            String skip = code ? Cell.skipIn(node.path("metadata").path("hazlab").path("status").asText("")) : null;
            cells.add(new Cell(cells.size(), code ? Cell.Kind.CODE : Cell.Kind.MARKDOWN, source, 1, skip));
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
