package org.hazlab.shell.repl.notebook;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellParser;
import org.hazlab.shell.repl.Language;

/**
 * The percent format of the DSL's {@link CellParser} ({@code // %%} code cells, {@code // %% [markdown]} notes),
 * with one addition for Java cells: their marker is {@code // %% [java]}, which {@code CellParser} reads as an
 * ordinary code marker, so only the shell needs to know it. A cell saved failed or interrupted has the tag
 * {@code [failed]} or {@code [interrupted]} on its marker ({@code // %% [interrupted]}); replays skip it.
 */
public final class PercentFormat {

    static final String JAVA_MARKER = "// %% [java]";

    private PercentFormat() {
    }

    public static String write(List<NotebookCell> cells) {
        StringBuilder text = new StringBuilder();
        for (NotebookCell cell : cells) {
            if (cell.markdown()) {
                text.append(CellParser.format(List.of(new Cell(0, Cell.Kind.MARKDOWN, cell.source(), 1))));
            } else if (cell.language() == Language.JAVA) {
                String tag = cell.mark() == null ? "" : " [" + cell.mark() + "]";
                text.append(JAVA_MARKER).append(tag).append('\n').append(cell.source()).append('\n');
            } else {
                text.append(CellParser.format(List.of(new Cell(0, Cell.Kind.CODE, cell.source(), 1, cell.mark()))));
            }
        }
        return text.toString();
    }

    public static List<NotebookCell> read(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<NotebookCell> cells = new ArrayList<>();
        for (Cell cell : CellParser.parse(text)) {
            if (!cell.isCode()) {
                cells.add(NotebookCell.markdown(cell.source()));
                continue;
            }
            int marker = cell.firstLine() - 2;
            boolean java = marker >= 0 && marker < lines.length && lines[marker].strip().startsWith(JAVA_MARKER);
            String source = cell.source();
            if (source.startsWith(Language.JAVA_MARKER + "\n")) {
                java = true;
                source = source.substring(Language.JAVA_MARKER.length() + 1);
            }
            if (!source.isBlank()) {
                cells.add(NotebookCell.saved(java ? Language.JAVA : Language.GROOVY, source, cell.skip()));
            }
        }
        return cells;
    }
}
