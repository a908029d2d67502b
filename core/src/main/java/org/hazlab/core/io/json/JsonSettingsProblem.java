package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Locates a problem in a small JSON settings file (a manifest, a risk policy). Jackson binds records through
 * their constructors, so an unknown key is only noticed at the end of its object; the user needs the line of
 * the key itself, which is found here in the text that was parsed.
 */
public final class JsonSettingsProblem {

    private JsonSettingsProblem() {
    }

    /** Where the exception points: the unknown key's own line and column when it can be found. */
    public static SourceLocation locate(JsonProcessingException e, String text, String label) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            int at = text.indexOf('"' + unknown.getPropertyName() + '"');
            if (at >= 0) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                return new SourceLocation(label, line, at - lineStart + 1);
            }
        }
        JsonLocation location = e.getLocation();
        if (location == null && overLimit(e)) {
            return JsonRecordReader.firstOverLimit(text).map(over -> over.location(label))
                    .orElse(SourceLocation.ofFile(label));
        }
        return location == null ? SourceLocation.ofFile(label)
                : new SourceLocation(label, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    /** Whether Jackson stopped at one of the policy's limits (databind may wrap the parser's exception). */
    private static boolean overLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /** An error problem for a settings file that Jackson could not bind. */
    public static Problem.Builder of(String code, JsonProcessingException e, String text, String label,
                                     String what) {
        String reason = e instanceof UnrecognizedPropertyException unknown
                ? "unknown key \"" + unknown.getPropertyName() + "\""
                : JsonMessages.plain(e);
        return Problem.error(code, locate(e, text, label), what + " is not valid: " + reason);
    }
}
