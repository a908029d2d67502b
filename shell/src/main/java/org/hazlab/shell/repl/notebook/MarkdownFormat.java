package org.hazlab.shell.repl.notebook;

import java.util.List;

/**
 * A session as a Markdown page: the narrative as is, code in fenced blocks tagged with its language, and what
 * each cell showed in a plain fenced block, so it renders on any Git host.
 */
public final class MarkdownFormat {

    private MarkdownFormat() {
    }

    public static String write(List<NotebookCell> cells, String title) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (NotebookCell cell : cells) {
            if (cell.markdown()) {
                md.append(cell.source().strip()).append("\n\n");
                continue;
            }
            md.append("```").append(cell.language().key()).append('\n').append(cell.source().strip())
                    .append("\n```\n\n");
            if (!cell.output().isBlank()) {
                md.append("```text\n").append(cell.output().stripTrailing()).append("\n```\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }
}
