package org.hazlab.core.review.report;

import java.util.List;
import java.util.Locale;
import org.hazlab.core.review.report.ReportContent.Block;
import org.hazlab.core.review.report.ReportContent.Bullets;
import org.hazlab.core.review.report.ReportContent.Chart;
import org.hazlab.core.review.report.ReportContent.Facts;
import org.hazlab.core.review.report.ReportContent.Grid;
import org.hazlab.core.review.report.ReportContent.Heading;
import org.hazlab.core.review.report.ReportContent.Section;
import org.hazlab.core.review.report.ReportContent.Text;

/** The report as Markdown; a chart becomes its legend and its series as numbers. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** Escapes text for a Markdown line or table cell (pipes, line breaks, markup characters). */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("\r", " ").replace("\n", " ");
    }

    public static String render(ReportContent report) {
        StringBuilder md = new StringBuilder("# ").append(cell(report.title())).append("\n\n");
        for (Section section : report.sections()) {
            md.append("## ").append(cell(section.title())).append("\n\n");
            for (Block block : section.blocks()) {
                block(md, block);
            }
        }
        return md.toString();
    }

    private static void block(StringBuilder md, Block block) {
        {
            if (block instanceof Heading h) md.append("### ").append(cell(h.text())).append("\n\n");
            if (block instanceof Text t) md.append(t.emphasis() ? "**" + cell(t.text()) + "**" : cell(t.text())).append("\n\n");
            if (block instanceof Facts f) {
                f.facts().forEach(fact -> md.append("- ").append(cell(fact.label())).append(": ")
                        .append(cell(fact.value())).append('\n'));
                md.append('\n');
            }
            if (block instanceof Bullets b) {
                b.items().forEach(item -> md.append("- ").append(cell(item)).append('\n'));
                md.append('\n');
            }
            if (block instanceof Grid g) grid(md, g);
            if (block instanceof Chart c) {
                md.append("Chart: ").append(cell(c.title())).append("\n\n");
                c.series().forEach(s -> {
                    md.append("- ").append(cell(s.name())).append(":");
                    for (long v : s.values()) {
                        md.append(' ').append(v);
                    }
                    md.append('\n');
                });
                c.lines().forEach(l -> md.append("- ").append(cell(l.name())).append(": ")
                        .append(String.format(Locale.ROOT, "%.2f", l.value())).append('\n'));
                md.append('\n');
            }
        }
    }

    private static void grid(StringBuilder md, Grid grid) {
        md.append("Table: ").append(cell(grid.caption())).append("\n\n");
        if (grid.rows().isEmpty()) {
            md.append("(none)\n\n");
            return;
        }
        md.append('|');
        grid.columns().forEach(c -> md.append(' ').append(cell(c)).append(" |"));
        md.append("\n|");
        grid.numeric().forEach(n -> md.append(n ? "---:|" : "---|"));
        md.append('\n');
        for (List<String> row : grid.rows()) {
            md.append('|');
            row.forEach(v -> md.append(' ').append(cell(v)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }
}
