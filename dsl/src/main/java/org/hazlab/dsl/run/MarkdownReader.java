package org.hazlab.dsl.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlab.dsl.session.Cell;

/**
 * Reads the cells of a session saved as Markdown ({@code :save s.md}) so that it reruns like the other formats:
 * each fenced block tagged {@code groovy} (or {@code java}) is a code cell, starting at the line after its fence
 * so errors name the line of the .md file; a fence tag {@code failed} or {@code interrupted}
 * ({@code ```groovy interrupted}) marks a cell to skip. Text between blocks is narrative, and untagged or
 * {@code text} blocks (what a cell showed) are not run.
 */
public final class MarkdownReader {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*([A-Za-z0-9_+-]*)(.*)$");

    private MarkdownReader() {
    }

    public static List<Cell> read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Cell> cells = new ArrayList<>();
        StringBuilder narrative = new StringBuilder();
        int narrativeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (!fence.matches()) {
                if (narrative.length() == 0) {
                    narrativeStart = i + 1;
                }
                narrative.append(lines[i]).append('\n');
                continue;
            }
            String closing = fence.group(1);
            String language = fence.group(2).toLowerCase(java.util.Locale.ROOT);
            StringBuilder body = new StringBuilder();
            int start = i + 2;
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().startsWith(closing)) {
                body.append(lines[j]).append('\n');
                j++;
            }
            boolean code = language.equals("groovy") || language.equals("java");
            if (code) {
                addNarrative(cells, narrative, narrativeStart);
                String source = body.toString();
                cells.add(new Cell(cells.size(), Cell.Kind.CODE,
                        source.endsWith("\n") ? source.substring(0, source.length() - 1) : source, start,
                        Cell.skipIn(fence.group(3))));
            }
            i = j;
        }
        addNarrative(cells, narrative, narrativeStart);
        return List.copyOf(cells);
    }

    private static void addNarrative(List<Cell> cells, StringBuilder narrative, int start) {
        String text = narrative.toString().strip();
        if (!text.isEmpty()) {
            cells.add(new Cell(cells.size(), Cell.Kind.MARKDOWN, text, start));
        }
        narrative.setLength(0);
    }
}
