package org.hazlab.core.problem;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with the input, described so that a user can act on it without reading code: where it is,
 * a stable machine-readable code, what was found, what was expected and a hint. Problems are values; they are
 * collected and reported all at once rather than thrown one at a time.
 *
 * @param severity error, warning or note
 * @param code     stable kebab-case identifier, e.g. {@code unknown-level}; documented in docs/data-formats.md
 * @param location where the problem is (file, line, column)
 * @param message  one sentence saying what is wrong
 * @param value    the offending value as read, or empty
 * @param expected what would have been accepted, or empty
 * @param hint     how to fix it, or empty
 * @param related  other rows involved (the first definition of a duplicate id, the members of a cycle)
 */
public record Problem(Severity severity, String code, SourceLocation location, String message, String value,
                      String expected, String hint, List<SourceLocation> related) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        location = location == null ? SourceLocation.ofFile("") : location;
        Objects.requireNonNull(message, "message");
        value = value == null ? "" : value;
        expected = expected == null ? "" : expected;
        hint = hint == null ? "" : hint;
        related = related == null ? List.of() : List.copyOf(related);
    }

    public static Builder error(String code, SourceLocation location, String message) {
        return new Builder(Severity.ERROR, code, location, message);
    }

    public static Builder warning(String code, SourceLocation location, String message) {
        return new Builder(Severity.WARNING, code, location, message);
    }

    public static Builder note(String code, SourceLocation location, String message) {
        return new Builder(Severity.NOTE, code, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as the lines a terminal shows: {@code file:line:col: error [code]: message} and details. */
    public String format() {
        StringBuilder text = new StringBuilder()
                .append(location).append(": ").append(severity.label()).append(" [").append(code).append("]: ")
                .append(message);
        if (!value.isEmpty()) {
            text.append("\n    value:    ").append(quoted(value));
        }
        if (!expected.isEmpty()) {
            text.append("\n    expected: ").append(expected);
        }
        if (!related.isEmpty()) {
            text.append("\n    see also: ");
            text.append(String.join(", ", related.stream().map(SourceLocation::toString).toList()));
        }
        if (!hint.isEmpty()) {
            text.append("\n    hint:     ").append(hint);
        }
        return text.toString();
    }

    private static String quoted(String raw) {
        String shown = raw.length() > 80 ? raw.substring(0, 77) + "..." : raw;
        return '"' + shown.replace("\r", "\\r").replace("\n", "\\n") + '"';
    }

    @Override
    public String toString() {
        return format();
    }

    /** Fluent construction: the optional parts of a problem are added by name, which keeps call sites legible. */
    public static final class Builder {
        private final Severity severity;
        private final String code;
        private final SourceLocation location;
        private final String message;
        private String value = "";
        private String expected = "";
        private String hint = "";
        private List<SourceLocation> related = List.of();

        private Builder(Severity severity, String code, SourceLocation location, String message) {
            this.severity = severity;
            this.code = code;
            this.location = location;
            this.message = message;
        }

        public Builder value(String newValue) {
            this.value = newValue;
            return this;
        }

        public Builder expected(String newExpected) {
            this.expected = newExpected;
            return this;
        }

        public Builder hint(String newHint) {
            this.hint = newHint;
            return this;
        }

        public Builder related(List<SourceLocation> newRelated) {
            this.related = newRelated;
            return this;
        }

        public Problem build() {
            return new Problem(severity, code, location, message, value, expected, hint, related);
        }
    }
}
