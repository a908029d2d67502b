package org.hazlab.dsl.session;

import java.util.List;

/**
 * Why a cell did not complete, located at the line of the user's script (never a Groovy stack trace), so that
 * front ends print {@code script.groovy:12: message} and a scheduler can tell a broken script from one that
 * ran and reported findings.
 *
 * @param kind    what went wrong
 * @param script  the script name as given by the user
 * @param line    1-based line in the script, or 0 when unknown
 * @param message one sentence
 * @param details further lines (e.g. each model problem with its own location), possibly empty
 */
public record CellError(Kind kind, String script, int line, String message, List<String> details) {

    /** Kinds of failure; {@link #FAIL} is a deliberate {@code fail 'reason'} of the script. */
    public enum Kind { COMPILE, RUNTIME, INVALID_INPUT, FAIL, INTERRUPTED }

    public CellError {
        script = script == null ? "" : script;
        message = message == null ? "" : message;
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** {@code script:line: message}, or {@code script: message} when the line is unknown. */
    public String located() {
        return script + (line > 0 ? ":" + line : "") + ": " + message;
    }

    /** The located message followed by the detail lines. */
    public String describe() {
        StringBuilder text = new StringBuilder(located());
        details.forEach(d -> text.append('\n').append(d));
        return text.toString();
    }
}
