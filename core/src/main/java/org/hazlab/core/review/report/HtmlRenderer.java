package org.hazlab.core.review.report;

import org.hazlab.core.text.HtmlText;
import java.util.List;
import org.hazlab.core.review.report.ReportContent.Block;
import org.hazlab.core.review.report.ReportContent.Bullets;
import org.hazlab.core.review.report.ReportContent.Chart;
import org.hazlab.core.review.report.ReportContent.Facts;
import org.hazlab.core.review.report.ReportContent.Grid;
import org.hazlab.core.review.report.ReportContent.Heading;
import org.hazlab.core.review.report.ReportContent.Section;
import org.hazlab.core.review.report.ReportContent.Text;

/**
 * The report as one self-contained HTML file: inline CSS and inline SVG, no script, no link to anything outside
 * the file, every dataset string escaped; printable (tables and charts use the page width).
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }

    public static String render(ReportContent report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(e(report.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1em;width:100%}\n")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;font-size:85%;vertical-align:top;text-align:left}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}\n")
                .append("caption{text-align:left;font-size:85%;color:#555;padding:2px 0}\n")
                .append("dl{display:grid;grid-template-columns:max-content auto;gap:2px 1em}dt{font-weight:bold}"
                        + "dd{margin:0;word-break:break-word}\n")
                .append("p.conclusion{font-size:115%;border-left:4px solid #b2182b;padding-left:.8em}\n")
                .append("figure{margin:.5em 0 1.5em}figcaption{font-size:90%;font-weight:bold}\n")
                .append("nav a{margin-right:1em}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(e(report.title())).append("</h1>\n<nav>");
        for (Section section : report.sections()) {
            html.append("<a href=\"#").append(e(section.id())).append("\">").append(e(section.title()))
                    .append("</a>");
        }
        html.append("</nav>\n");
        for (Section section : report.sections()) {
            html.append("<section id=\"").append(e(section.id())).append("\">\n<h2>").append(e(section.title()))
                    .append("</h2>\n");
            for (Block block : section.blocks()) {
                block(html, block);
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder html, Block block) {
        {
            if (block instanceof Heading h) html.append("<h3>").append(e(h.text())).append("</h3>\n");
            if (block instanceof Text t) html.append(t.emphasis() ? "<p class=\"conclusion\">" : "<p>").append(e(t.text()))
                    .append("</p>\n");
            if (block instanceof Facts f) {
                html.append("<dl>\n");
                f.facts().forEach(fact -> html.append("<dt>").append(e(fact.label())).append("</dt><dd>")
                        .append(e(fact.value())).append("</dd>\n"));
                html.append("</dl>\n");
            }
            if (block instanceof Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(item -> html.append("<li>").append(e(item)).append("</li>\n"));
                html.append("</ul>\n");
            }
            if (block instanceof Grid g) grid(html, g);
            if (block instanceof Chart c) html.append("<figure>\n<figcaption>").append(e(c.title())).append("</figcaption>\n")
                    .append(SvgCharts.render(c)).append("</figure>\n");
        }
    }

    private static void grid(StringBuilder html, Grid grid) {
        html.append("<table>\n<caption>").append(e(grid.caption())).append("</caption>\n<tr>");
        grid.columns().forEach(c -> html.append("<th>").append(e(c)).append("</th>"));
        html.append("</tr>\n");
        if (grid.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(grid.columns().size()).append("\">none</td></tr>\n");
        }
        for (List<String> row : grid.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(grid.numeric().get(i) ? "<td class=\"n\">" : "<td>").append(e(row.get(i)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }
}
