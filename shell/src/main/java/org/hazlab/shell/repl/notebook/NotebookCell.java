package org.hazlab.shell.repl.notebook;

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
 */
public record NotebookCell(boolean markdown, Language language, String source, String output, boolean failed) {

    public NotebookCell {
        source = source == null ? "" : source;
        output = output == null ? "" : output;
        language = language == null ? Language.GROOVY : language;
    }

    public static NotebookCell code(Language language, String source) {
        return new NotebookCell(false, language, source, "", false);
    }

    public static NotebookCell markdown(String source) {
        return new NotebookCell(true, Language.GROOVY, source, "", false);
    }
}
