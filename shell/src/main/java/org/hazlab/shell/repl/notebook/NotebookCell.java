package org.hazlab.shell.repl.notebook;

import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellError;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.shell.repl.Language;

/**
 * One cell of a saved or opened session: Markdown narrative or code in a language, with the text it showed when
 * it ran (output, value and error as rendered), so a saved notebook reads like the session did.
 *
 * @param markdown whether the cell is narrative
 * @param language the code's language (Groovy for Markdown cells)
 * @param source   the cell's text
 * @param output   what the cell showed, possibly empty
 * @param failed   whether the cell ended with an error
 * @param result   the evaluator's result when the cell ran in this session (for notebooks' rich outputs), or null
 * @param skip     for a cell read from a file: the mark it was saved with ({@code failed}, {@code interrupted}),
 *                 so a replay reports and skips it; null otherwise
 */
public record NotebookCell(boolean markdown, Language language, String source, String output, boolean failed,
                           CellResult result, String skip) {

    public NotebookCell {
        source = source == null ? "" : source;
        output = output == null ? "" : output;
        language = language == null ? Language.GROOVY : language;
    }

    /** A cell without a result (read from a file, or in a test). */
    public NotebookCell(boolean markdown, Language language, String source, String output, boolean failed) {
        this(markdown, language, source, output, failed, null, null);
    }

    /** A cell that ran in this session, with its result. */
    public NotebookCell(boolean markdown, Language language, String source, String output, boolean failed,
                        CellResult result) {
        this(markdown, language, source, output, failed, result, null);
    }

    /** A code cell read from a saved file, with the mark it was saved with (or null). */
    public static NotebookCell saved(Language language, String source, String skip) {
        return new NotebookCell(false, language, source, "", skip != null, null, skip);
    }

    /**
     * How the cell is marked when saved: {@code interrupted} or {@code failed} (from its result in this session,
     * or the mark it was read with), or null for a cell that ran to its end.
     */
    public String mark() {
        if (result != null && result.error() != null) {
            return result.error().kind() == CellError.Kind.INTERRUPTED ? Cell.INTERRUPTED : Cell.FAILED;
        }
        if (skip != null) {
            return skip;
        }
        return failed && !markdown ? Cell.FAILED : null;
    }

    /** Whether this is a cell read from a file that was saved failed or interrupted (a replay skips it). */
    public boolean skippedOnReplay() {
        return result == null && skip != null;
    }

    public static NotebookCell code(Language language, String source) {
        return new NotebookCell(false, language, source, "", false);
    }

    public static NotebookCell markdown(String source) {
        return new NotebookCell(true, Language.GROOVY, source, "", false);
    }

    /** Equal in what a file keeps: kind, language and source (outputs and results are not compared). */
    public boolean sameSource(NotebookCell other) {
        return markdown == other.markdown && language == other.language && source.equals(other.source);
    }
}
