package org.hazlab.shell.repl.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a session is saved in and opened from, chosen by file extension: {@code .groovy} (the percent
 * format {@code hazlab run} runs), {@code .ipynb} (Jupyter nbformat 4.5), {@code .md} and {@code .html} (to read
 * and hand out; the HTML is self-contained and works offline). {@code .groovy}, {@code .ipynb} and {@code .md} open
 * and rerun.
 */
public enum NotebookFormat {
    GROOVY(".groovy"), IPYNB(".ipynb"), MARKDOWN(".md"), HTML(".html");

    private final String extension;

    NotebookFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<NotebookFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (NotebookFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        if (name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** The cells in this format. */
    public String write(List<NotebookCell> cells, String title) {
        return switch (this) {
            case GROOVY -> PercentFormat.write(cells);
            case IPYNB -> IpynbFormat.write(cells);
            case MARKDOWN -> MarkdownFormat.write(cells, title);
            case HTML -> HtmlFormat.write(cells, title);
        };
    }

    /** Reads cells from a {@code .groovy}, {@code .ipynb} or {@code .md} file. */
    public static List<NotebookCell> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        NotebookFormat format = of(file).orElse(GROOVY);
        return switch (format) {
            case IPYNB -> IpynbFormat.read(text);
            case GROOVY -> PercentFormat.read(text);
            case MARKDOWN -> MarkdownFormat.read(text);
            default -> throw new IOException("cannot open " + format.extension + " files; use .groovy, .ipynb or .md");
        };
    }
}
