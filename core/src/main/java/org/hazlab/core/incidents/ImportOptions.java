package org.hazlab.core.incidents;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read incident files: an explicit header-to-field mapping (header as written -> hazlab incident field,
 * e.g. {@code "Complaint No" -> "id"}), the delimiter for delimited files, a declared charset (null: the
 * format's own), a label for the {@code source} column, whom to tell about progress, a date pattern and a
 * sheet for workbooks. The same settings a workspace.json file entry has, so that one file reads the same
 * whichever way it is asked for.
 *
 * @param columns    header -> field mapping applied before the built-in header aliases
 * @param delimiter  field delimiter of delimited text files
 * @param charset    declared charset, or null for the format's default
 * @param source     value for the {@code source} column when the file has none, or null
 * @param progress   progress callback
 * @param dateFormat java.time pattern of the dates, or null for the built-in spellings
 * @param sheet      sheet of a workbook, or null for the first
 */
public record ImportOptions(Map<String, String> columns, char delimiter, Charset charset, String source,
                            ImportProgress progress, String dateFormat, String sheet) {

    public ImportOptions {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public ImportOptions(Map<String, String> columns, char delimiter, Charset charset, String source,
                         ImportProgress progress) {
        this(columns, delimiter, charset, source, progress, null, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), ',', null, null, ImportProgress.NONE, null, null);
    }

    public ImportOptions withProgress(ImportProgress newProgress) {
        return new ImportOptions(columns, delimiter, charset, source, newProgress, dateFormat, sheet);
    }

    public ImportOptions withColumns(Map<String, String> newColumns) {
        return new ImportOptions(newColumns, delimiter, charset, source, progress, dateFormat, sheet);
    }

    public ImportOptions withDelimiter(char newDelimiter) {
        return new ImportOptions(columns, newDelimiter, charset, source, progress, dateFormat, sheet);
    }

    public ImportOptions withCharset(Charset newCharset) {
        return new ImportOptions(columns, delimiter, newCharset, source, progress, dateFormat, sheet);
    }

    public ImportOptions withDateFormat(String pattern) {
        return new ImportOptions(columns, delimiter, charset, source, progress, pattern, sheet);
    }

    public ImportOptions withSheet(String newSheet) {
        return new ImportOptions(columns, delimiter, charset, source, progress, dateFormat, newSheet);
    }
}
