package org.hazlab.core.review.report;

import java.util.List;

/**
 * The one content model of a review report, rendered to HTML, Markdown and JSON by {@link HtmlRenderer},
 * {@link MarkdownRenderer} and {@link JsonRenderer}: whatever one format shows, the others show too. Plain
 * values: every string is raw dataset text, and each renderer escapes it for its format.
 *
 * @param title    report title
 * @param sections in reading order
 */
public record ReportContent(String title, List<Section> sections) {

    public ReportContent {
        sections = List.copyOf(sections);
    }

    /** A titled part of the report; {@code id} is stable (HTML anchor, JSON key). */
    public record Section(String id, String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section is made of. */
    public sealed interface Block permits Text, Facts, Bullets, Grid, Chart, Heading {
    }

    /** A sub-heading inside a section. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph; {@code emphasis} for conclusions. */
    public record Text(String text, boolean emphasis) implements Block {
        public static Text of(String text) {
            return new Text(text, false);
        }
    }

    /** Label: value pairs. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {
    }

    /** A bullet list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table.
     *
     * @param caption what the table shows
     * @param columns column headers
     * @param numeric which columns hold numbers (right-aligned)
     * @param rows    cells, one list per row
     */
    public record Grid(String caption, List<String> columns, List<Boolean> numeric, List<List<String>> rows)
            implements Block {
        public Grid {
            columns = List.copyOf(columns);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A chart of series per period, with horizontal reference lines (centre line, control limit).
     *
     * @param title   chart title
     * @param periods x-axis labels
     * @param series  lines (or stacked bars when {@code stacked})
     * @param lines   horizontal reference lines
     * @param stacked whether the series are stacked bars
     */
    public record Chart(String title, List<String> periods, List<Series> series, List<Reference> lines,
                        boolean stacked) implements Block {
        public Chart {
            periods = List.copyOf(periods);
            series = List.copyOf(series);
            lines = List.copyOf(lines);
        }
    }

    /** One series of a chart, named in its legend. */
    public record Series(String name, long[] values, String colour) {
    }

    /** A horizontal line of a chart, named in its legend. */
    public record Reference(String name, double value, String colour) {
    }
}
