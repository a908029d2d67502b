package org.hazlab.dsl;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.render.MarkdownReport;
import org.hazlab.core.classify.render.ResultJson;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.dsl.render.Display;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes what {@code save(value, 'name.ext')} asks for into the run's output folder, in the format the extension
 * names (csv, json, md, html, txt), atomically (a reader never sees half a file) and deterministically (no
 * timestamps; JSON keys in column order, rows in table order).
 */
final class Artefacts {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Artefacts() {
    }

    static Path save(Object value, Path target) throws IOException {
        String name = target.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String text = switch (extension) {
            case "csv" -> csv(requireTable(value, name));
            case "json" -> json(value, name);
            case "md" -> value instanceof ClassificationResult r ? MarkdownReport.render(r) : markdown(value);
            case "html", "htm" -> html(value);
            default -> Display.fileText(value) + "\n";
        };
        write(target, text);
        return target;
    }

    private static Table requireTable(Object value, String name) {
        Table table = Display.tableOf(value);
        if (table == null) {
            throw new IllegalArgumentException("cannot save " + (value == null ? "null" : value.getClass().getSimpleName())
                    + " as " + name + ": only tables (and results that render as tables) are written as CSV");
        }
        return table;
    }

    private static String csv(Table table) {
        StringWriter out = new StringWriter();
        table.write().csv(out);
        return out.toString().replace("\r\n", "\n");
    }

    private static String json(Object value, String name) throws IOException {
        if (value instanceof ClassificationResult result) {
            return ResultJson.render(result);
        }
        Table table = Display.tableOf(value);
        Object document = table != null ? rows(table) : value;
        if (!(document instanceof List<?> || document instanceof Map<?, ?> || document instanceof CharSequence
                || document instanceof Number || document instanceof Boolean)) {
            throw new IllegalArgumentException("cannot save " + value.getClass().getSimpleName() + " as " + name);
        }
        return JSON.writeValueAsString(document) + "\n";
    }

    private static List<Map<String, Object>> rows(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Column<?> column : table.columns()) {
                Object cell = column.get(row);
                object.put(column.name(), cell instanceof Number || cell instanceof Boolean || cell == null ? cell
                        : column.getString(row));
            }
            rows.add(object);
        }
        return rows;
    }

    private static String markdown(Object value) {
        Table table = Display.tableOf(value);
        if (table == null) {
            return Display.fileText(value) + "\n";
        }
        StringBuilder md = new StringBuilder();
        List<String> names = table.columnNames();
        md.append("| ").append(String.join(" | ", names)).append(" |\n|");
        names.forEach(n -> md.append("---|"));
        md.append('\n');
        for (int row = 0; row < table.rowCount(); row++) {
            md.append('|');
            for (Column<?> column : table.columns()) {
                md.append(' ').append(column.getString(row).replace("|", "\\|")).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String html(Object value) {
        String table = Display.html(value);
        return table != null ? table : "<pre>" + Display.fileText(value).replace("&", "&amp;").replace("<", "&lt;")
                + "</pre>\n";
    }

    static void write(Path target, String text) throws IOException {
        AtomicFiles.writeString(target, text);
    }
}
