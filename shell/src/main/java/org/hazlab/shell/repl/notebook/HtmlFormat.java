package org.hazlab.shell.repl.notebook;

import static org.hazlab.core.text.HtmlText.escape;

import java.util.List;

/**
 * A session as one self-contained HTML page to hand out after a class: inline styles, no scripts, no fonts or
 * stylesheets from a CDN, so it opens offline. Markdown cells keep their text (headings and paragraphs are
 * recognised; the rest is shown as written).
 */
public final class HtmlFormat {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5}pre{background:#f5f5f5;padding:.6rem;overflow-x:auto}"
            + "pre.out{background:#fff;border-left:3px solid #888}pre.err{border-left-color:#c00}"
            + ".n{color:#888;font-size:.8rem}";

    private HtmlFormat() {
    }

    public static String write(List<NotebookCell> cells, String title) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        int number = 0;
        for (NotebookCell cell : cells) {
            if (cell.markdown()) {
                markdown(html, cell.source());
                continue;
            }
            number++;
            html.append("<div class=\"n\">[").append(number).append("] ").append(cell.language().key())
                    .append("</div>\n<pre class=\"code\">").append(escape(cell.source().strip())).append("</pre>\n");
            if (!cell.output().isBlank()) {
                html.append("<pre class=\"out").append(cell.failed() ? " err" : "").append("\">")
                        .append(escape(cell.output().stripTrailing())).append("</pre>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void markdown(StringBuilder html, String source) {
        for (String block : source.strip().split("\n\\s*\n")) {
            String text = block.strip();
            int level = 0;
            while (level < text.length() && level < 6 && text.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && text.length() > level && text.charAt(level) == ' ') {
                html.append("<h").append(level + 1).append('>').append(escape(text.substring(level + 1)))
                        .append("</h").append(level + 1).append(">\n");
            } else {
                html.append("<p>").append(escape(text).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
    }

}
