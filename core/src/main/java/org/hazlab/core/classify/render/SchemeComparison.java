package org.hazlab.core.classify.render;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ItemClassification;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Several schemes' results side by side: one row per item (system first), one column per scheme id holding the
 * category, so an analyst sees at a glance where IEC 62304 and the regulatory schemes diverge.
 */
public final class SchemeComparison {

    private SchemeComparison() {
    }

    /** Columns: item, name, then one per scheme id. All results must come from the same model. */
    public static Table table(List<ClassificationResult> results) {
        if (results.isEmpty()) {
            return Table.create("classification comparison", StringColumn.create("item"), StringColumn.create("name"));
        }
        List<ItemClassification> rows = results.get(0).rows();
        StringColumn item = StringColumn.create("item");
        StringColumn name = StringColumn.create("name");
        rows.forEach(row -> {
            item.append(row.id());
            name.append(row.name());
        });
        Table table = Table.create("classification comparison", item, name);
        for (ClassificationResult result : results) {
            StringColumn column = StringColumn.create(result.schemeId());
            var byId = result.byId();
            for (ItemClassification row : rows) {
                ItemClassification other = byId.get(row.id());
                column.append(other == null ? "" : other.label());
            }
            table.addColumns(column);
        }
        return table;
    }

    /** The same comparison as a Markdown table with scheme display names as headers. */
    public static String markdown(List<ClassificationResult> results) {
        Table table = table(results);
        List<String> headers = new ArrayList<>(List.of("Item", "Name"));
        results.forEach(r -> headers.add(r.schemeName()));
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> out.append("---|"));
        out.append('\n');
        for (int r = 0; r < table.rowCount(); r++) {
            out.append('|');
            for (int c = 0; c < table.columnCount(); c++) {
                out.append(' ').append(MarkdownReport.cell(table.stringColumn(c).get(r))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
