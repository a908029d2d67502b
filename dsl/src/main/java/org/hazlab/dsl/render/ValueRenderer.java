package org.hazlab.dsl.render;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.render.DecisionTree;
import org.hazlab.core.classify.render.ResultTable;
import org.hazlab.core.classify.render.SchemeComparison;
import org.hazlab.core.workspace.Workspace;
import tech.tablesaw.api.Table;

/**
 * Renders the value of a cell for a terminal of a given size: tables fitted to it, a classification as its table,
 * several classifications side by side, one item's result as its decision path in words, numbers formatted,
 * arrays as lists, durations rounded, anything else as text cut to a few lines. The one renderer of values: the
 * shell, the DSL's {@code show} and {@code hazlab run} (through {@link Display}) all print with it.
 */
public final class ValueRenderer {

    private static final int MAX_TEXT_LINES = 30;

    private final int width;
    private final int height;

    public ValueRenderer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The value as text ending with a newline; empty for null. */
    public String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Table table) {
            return tables().fit(table);
        }
        if (value instanceof ClassificationResult result) {
            Table table = ResultTable.of(result);
            Table shown = table.selectColumns(table.columnNames().stream()
                    .filter(name -> !name.equals("path") && !name.equals("depth")).toArray(String[]::new));
            shown.setName("");   // the scheme heads the table once, here
            return result.schemeName() + "\n" + tables().fit(shown);
        }
        if (value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(ClassificationResult.class::isInstance)) {
            return tables().fit(SchemeComparison.table(list.stream().map(ClassificationResult.class::cast).toList()));
        }
        if (value instanceof org.hazlab.core.whatif.TableView view) {
            return tables().fit(view);
        }
        if (value instanceof ItemClassification row) {
            return ending(DecisionTree.render(row));
        }
        if (value instanceof Workspace workspace) {
            return String.format(java.util.Locale.ROOT, "workspace %s: %d items, %d hazards, %d controls, %,d incidents%s%n",
                    workspace.name(), workspace.items().table().rowCount(), workspace.hazards().table().rowCount(),
                    workspace.controls().table().rowCount(), workspace.incidentStore().size(),
                    workspace.isValid() ? "" : " (invalid)");
        }
        if (value instanceof Number number) {
            return NumberText.format(number) + "\n";
        }
        if (value instanceof java.time.Duration duration) {
            return NumberText.duration(duration) + "\n";
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
            return cut(org.codehaus.groovy.runtime.FormatHelper.toString(value));
        }
        return cut(String.valueOf(value));
    }

    /** A fitter for this size, leaving room for the prompt. */
    public TableFitter tables() {
        return new TableFitter(width, Math.max(6, height - 8));
    }

    private String cut(String text) {
        String[] lines = (text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int shown = Math.min(lines.length, MAX_TEXT_LINES);
        for (int i = 0; i < shown; i++) {
            String line = lines[i];
            out.append(line.length() > width * 4 ? line.substring(0, width * 4) + "…" : line).append('\n');
        }
        if (lines.length > shown) {
            out.append("… ").append(lines.length - shown).append(" more lines\n");
        }
        return out.toString();
    }

    private static String ending(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
