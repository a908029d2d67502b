package org.hazlab.shell.repl.notebook;

import java.util.List;

/**
 * A session as a Markdown page: the narrative as is, code in fenced blocks tagged with its language, and what
 * each cell showed in a plain fenced block, so it renders on any Git host. A cell that failed or was interrupted
 * has that word after its language ({@code ```groovy interrupted}); {@code hazlab run} and {@code :open} read
 * the page back (the DSL's {@code MarkdownReader}) and skip such cells.
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
            md.append("```").append(cell.language().key()).append(cell.mark() == null ? "" : " " + cell.mark())
                    .append('\n').append(cell.source().strip())
                    .append("\n```\n\n");
            if (!cell.output().isBlank()) {
                md.append("```text\n").append(cell.output().stripTrailing()).append("\n```\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** The cells of a saved Markdown page: its Groovy and Java blocks and the narrative between them. */
    public static List<NotebookCell> read(String text) {
        List<NotebookCell> cells = new java.util.ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (org.hazlab.dsl.session.Cell cell : org.hazlab.dsl.run.MarkdownReader.read(text)) {
            if (!cell.isCode()) {
                cells.add(NotebookCell.markdown(cell.source()));
                continue;
            }
            String fence = cell.firstLine() >= 2 ? lines[cell.firstLine() - 2].strip() : "";
            org.hazlab.shell.repl.Language language = fence.replaceFirst("^[`~]+\\s*", "").startsWith("java")
                    ? org.hazlab.shell.repl.Language.JAVA : org.hazlab.shell.repl.Language.GROOVY;
            cells.add(NotebookCell.saved(language, cell.source(), cell.skip()));
        }
        return cells;
    }
}
