package org.hazlab.shell.repl.input;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The JLine parser of the REPL: on Enter it asks {@link GroovyCompleteness} whether the cell goes on, so an open
 * bracket, string or closure continues on the next line and the whole cell becomes one history entry; for Tab it
 * cuts out the word being completed the way Groovy code needs it (a dotted name, the text inside a quote, a file
 * path after a command) rather than the shell-like words of JLine's default parser.
 */
public final class ReplParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && GroovyCompleteness.isIncomplete(line)) {
            throw new EOFError(-1, cursor, "incomplete cell", "more");
        }
        return ReplParsedLine.at(line, cursor);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** Word splitting for completion, exposed for tests. */
    public static List<String> words(String line) {
        return ReplParsedLine.at(line, line.length()).words();
    }
}
