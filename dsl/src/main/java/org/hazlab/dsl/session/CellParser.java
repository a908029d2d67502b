package org.hazlab.dsl.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a script into cells in the percent format that jupytext uses for scripts: a line {@code // %%} starts a
 * code cell, {@code // %% [markdown]} a Markdown cell whose lines are {@code //} comments. Text before the
 * first marker is a code cell of its own (a script without markers is one cell), so any Groovy file is a valid
 * script. The cells keep their starting line, so errors can name the line of the file. A code marker may carry
 * the tag {@code [failed]} or {@code [interrupted]} ({@code // %% [interrupted]}): the cell was saved that way
 * and a replay reports and skips it.
 */
public final class CellParser {

    private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*%%(.*)$");
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*\\[markdown\\].*|^\\s*\\[md\\].*");
    private static final Pattern COMMENT = Pattern.compile("^\\s*//\\s?(.*)$");

    private CellParser() {
    }

    /** The cells of a script text; empty leading text before the first marker is dropped. */
    public static List<Cell> parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        List<Cell> cells = new ArrayList<>();
        Cell.Kind kind = Cell.Kind.CODE;
        String skip = null;
        int start = 1;
        StringBuilder body = new StringBuilder();
        boolean sawMarker = false;
        for (int i = 0; i < count; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.matches()) {
                add(cells, kind, body, start, sawMarker, skip);
                sawMarker = true;
                kind = MARKDOWN.matcher(marker.group(1)).matches() ? Cell.Kind.MARKDOWN : Cell.Kind.CODE;
                skip = kind == Cell.Kind.CODE ? Cell.skipIn(marker.group(1)) : null;
                start = i + 2;
                body.setLength(0);
            } else {
                body.append(kind == Cell.Kind.MARKDOWN ? uncomment(lines[i]) : lines[i]).append('\n');
            }
        }
        add(cells, kind, body, start, true, skip);
        return List.copyOf(renumber(cells));
    }

    private static void add(List<Cell> cells, Cell.Kind kind, StringBuilder body, int start, boolean keepBlank,
                            String skip) {
        String source = body.toString();
        if (!keepBlank && source.isBlank()) {
            return;
        }
        if (source.endsWith("\n")) {
            source = source.substring(0, source.length() - 1);
        }
        cells.add(new Cell(cells.size(), kind, source, start, skip));
    }

    private static List<Cell> renumber(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            out.add(new Cell(out.size(), cell.kind(), cell.source(), cell.firstLine(), cell.skip()));
        }
        return out;
    }

    private static String uncomment(String line) {
        Matcher comment = COMMENT.matcher(line);
        return comment.matches() ? comment.group(1) : line;
    }

    /** The cells written back in the percent format (the inverse of {@link #parse} for parsed scripts). */
    public static String format(List<Cell> cells) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells) {
            text.append(cell.isCode() ? "// %%" + cell.skipTag() + "\n" : "// %% [markdown]\n");
            for (String line : cell.source().split("\n", -1)) {
                text.append(cell.isCode() ? line : line.isEmpty() ? "//" : "// " + line).append('\n');
            }
        }
        return text.toString();
    }
}
