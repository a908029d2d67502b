package org.hazlab.core.trace.doc;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A small document model (headings, paragraphs, bullet lists, key-value lists and tables) shared by the gaps,
 * impact and record outputs, so that their text, Markdown and HTML come from one content and cannot disagree.
 * Every string is plain text; renderers escape it for their format.
 *
 * @param title  the document title
 * @param blocks the content in order
 */
public record Doc(String title, List<Block> blocks) {

    public Doc {
        blocks = List.copyOf(blocks);
    }

    /** One piece of content. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Fields, Grid {
    }

    /** A section heading; level 2 is a section, 3 a subsection. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block {
    }

    /** A bullet list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Label-value pairs, e.g. the system's name and intended purpose. */
    public record Fields(List<List<String>> pairs) implements Block {
        public Fields {
            pairs = pairs.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table: headers and rows of text. {@code empty} is said instead of an empty table.
     */
    public record Grid(List<String> headers, List<List<String>> rows, String empty) implements Block {
        public Grid {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A Tablesaw table's columns and rows, every cell as text. */
        public static Grid of(Table table, String empty) {
            List<String> headers = table.columnNames();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < table.rowCount(); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < table.columnCount(); c++) {
                    row.add(table.column(c).getString(r));
                }
                rows.add(row);
            }
            return new Grid(headers, rows, empty);
        }
    }

    /** Builds a document block by block. */
    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        public Builder(String title) {
            this.title = title;
        }

        public Builder section(String text) {
            blocks.add(new Heading(2, text));
            return this;
        }

        public Builder subsection(String text) {
            blocks.add(new Heading(3, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder bullets(List<String> items) {
            blocks.add(new Bullets(items));
            return this;
        }

        public Builder fields(List<List<String>> pairs) {
            blocks.add(new Fields(pairs));
            return this;
        }

        public Builder table(Table table, String empty) {
            blocks.add(Grid.of(table, empty));
            return this;
        }

        public Builder grid(List<String> headers, List<List<String>> rows, String empty) {
            blocks.add(new Grid(headers, rows, empty));
            return this;
        }

        public Doc build() {
            return new Doc(title, blocks);
        }
    }
}
