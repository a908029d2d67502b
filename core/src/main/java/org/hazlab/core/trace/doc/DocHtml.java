package org.hazlab.core.trace.doc;

import static org.hazlab.core.text.HtmlText.escape;

import java.util.List;

/**
 * Renders a {@link Doc} as one self-contained HTML file: inline CSS for screen and print, no script, no link to
 * anything outside the file, and every string escaped (dataset text can contain anything).
 */
public final class DocHtml {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2rem auto;\
            max-width:72rem;padding:0 1rem;color:#1b1f24;line-height:1.45}
            h1{font-size:1.7rem;border-bottom:3px solid #24527a;padding-bottom:.3rem}
            h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #c9d1d9;padding-bottom:.2rem;color:#24527a}
            h3{font-size:1.08rem;margin-top:1.5rem}
            table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.88rem;width:100%}
            th,td{border:1px solid #c9d1d9;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef2f6}
            td:first-child{white-space:nowrap}
            tr:nth-child(even) td{background:#f8fafc}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
            dt{font-weight:600}
            dd{margin:0}
            .empty{color:#57606a;font-style:italic}
            body>table:last-of-type td{height:2.4rem}
            @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table{page-break-inside:auto}\
            tr{page-break-inside:avoid}}
            """;

    private DocHtml() {
    }

    public static String render(Doc doc) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(doc.title())).append("</h1>\n");
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Heading h) {
                out.append("<h").append(h.level()).append(" id=\"").append(anchor(h.text())).append("\">")
                        .append(escape(h.text()))
                            .append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Doc.Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Doc.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Doc.Fields f) {
                out.append("<dl>\n");
                f.pairs().forEach(pair -> out.append("<dt>").append(escape(pair.get(0))).append("</dt><dd>")
                        .append(escape(pair.get(1))).append("</dd>\n"));
                out.append("</dl>\n");
            } else if (block instanceof Doc.Grid g) {
                grid(g, out);
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void grid(Doc.Grid grid, StringBuilder out) {
        if (grid.rows().isEmpty()) {
            out.append("<p class=\"empty\">").append(escape(grid.empty())).append("</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr>");
        grid.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : grid.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A heading's anchor: lower-case letters, digits and dashes, so a reader can link to a section. */
    static String anchor(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
