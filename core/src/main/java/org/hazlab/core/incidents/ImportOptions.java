package org.hazlab.core.incidents;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read incident files: an explicit header-to-field mapping (header as written -> hazlab incident field,
 * e.g. {@code "Complaint No" -> "id"}), the delimiter for delimited files, a declared charset (null: the
 * format's own), a label for the {@code source} column, and whom to tell about progress.
 *
 * @param columns   header -> field mapping applied before the built-in header aliases
 * @param delimiter field delimiter of delimited text files
 * @param charset   declared charset, or null for the format's default
 * @param source    value for the {@code source} column when the file has none, or null
 * @param progress  progress callback
 */
public record ImportOptions(Map<String, String> columns, char delimiter, Charset charset, String source,
                            ImportProgress progress) {

    public ImportOptions {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), ',', null, null, ImportProgress.NONE);
    }

    public ImportOptions withProgress(ImportProgress newProgress) {
        return new ImportOptions(columns, delimiter, charset, source, newProgress);
    }

    public ImportOptions withColumns(Map<String, String> newColumns) {
        return new ImportOptions(newColumns, delimiter, charset, source, progress);
    }

    public ImportOptions withDelimiter(char newDelimiter) {
        return new ImportOptions(columns, newDelimiter, charset, source, progress);
    }
}
