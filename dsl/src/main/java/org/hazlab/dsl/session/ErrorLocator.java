package org.hazlab.dsl.session;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.hazlab.core.problem.ClosestNames;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;

/**
 * Turns what Groovy throws into a {@link CellError} at the user's line with a message a user can act on:
 * compile errors from the compiler's messages, runtime failures from the first stack frame inside a cell, model
 * problems with their own locations as details. Groovy's internal frames never reach the user.
 */
final class ErrorLocator {

    private ErrorLocator() {
    }

    static CellError compile(String script, MultipleCompilationErrorsException e) {
        return compile(script, e, "");
    }

    /**
     * @param source the compiled text, its lines numbered as the user's file: for the caret under the problem and
     *               for finding the bracket an "unexpected input" really comes from
     */
    static CellError compile(String script, MultipleCompilationErrorsException e, String source) {
        List<String> details = new ArrayList<>();
        int line = 0;
        int column = 0;
        String first = null;
        for (Object item : e.getErrorCollector().getErrors()) {
            Message message = (Message) item;
            String text;
            int at = 0;
            int col = 0;
            if (message instanceof SyntaxErrorMessage syntax) {
                SyntaxException cause = syntax.getCause();
                at = cause.getLine();
                col = cause.getStartColumn();
                text = cause.getOriginalMessage();
            } else if (message instanceof ExceptionMessage exception) {
                text = exception.getCause().getMessage();
            } else if (message instanceof SimpleMessage simple) {
                text = simple.getMessage();
            } else {
                text = String.valueOf(message);
            }
            text = text.replace('\n', ' ').strip();
            if (first == null) {
                first = text;
                line = at;
                column = col;
            } else {
                details.add(script + (at > 0 ? ":" + at : "") + ": " + text);
            }
        }
        if (first != null && line > 0) {
            java.util.Optional<UnclosedBracket.Position> unclosed = UnclosedBracket.in(source);
            if (unclosed.isPresent() && unclosed.get().line() <= line && first.startsWith("Unexpected")) {
                UnclosedBracket.Position bracket = unclosed.get();
                first = "'" + bracket.bracket() + "' opened here is never closed (the parser gave up on line "
                        + line + ": " + first + ")";
                line = bracket.line();
                column = bracket.column();
            }
            details.addAll(0, caret(source, line, column));
        }
        return new CellError(CellError.Kind.COMPILE, script, line, first == null ? e.getMessage() : first, details);
    }

    /** The source line with a caret under the column: {@code "  7 | def list = [1, 2,"} and its caret line. */
    private static List<String> caret(String source, int line, int column) {
        String[] lines = source.split("\n", -1);
        if (line < 1 || line > lines.length || column < 1) {
            return List.of();
        }
        String text = lines[line - 1].replace('\t', ' ');
        String number = String.valueOf(line);
        return List.of("  " + number + " | " + text,
                "  " + " ".repeat(number.length()) + " | " + " ".repeat(Math.min(column - 1, text.length())) + "^");
    }

    static CellError runtime(String script, Throwable thrown) {
        return runtime(script, thrown, java.util.Set.of());
    }

    /**
     * @param names the names a cell can use (variables and DSL words), for "did you mean" on an unknown name
     */
    static CellError runtime(String script, Throwable thrown, java.util.Collection<String> names) {
        Throwable e = unwrap(thrown);
        int line = ScriptLines.lineOf(e.getStackTrace());
        if (line == 0 && e != thrown) {
            line = ScriptLines.lineOf(thrown.getStackTrace());
        }
        if (e instanceof ScriptFailure) {
            return new CellError(CellError.Kind.FAIL, script, line, e.getMessage(), List.of());
        }
        if (e instanceof InterruptedException || e instanceof java.util.concurrent.CancellationException) {
            return new CellError(CellError.Kind.INTERRUPTED, script, line, "interrupted", List.of());
        }
        InvalidInputException invalid = invalidInput(e);
        if (invalid != null) {
            List<String> details = invalid.problems().stream().map(Problem::format).toList();
            String message = invalid.problems().size() == 1 ? "invalid input"
                    : "invalid input: " + invalid.problems().size() + " problems";
            return new CellError(CellError.Kind.INVALID_INPUT, script, line, message, details);
        }
        if (e instanceof AssertionError) {
            return assertion(script, line, e.getMessage());
        }
        return new CellError(CellError.Kind.RUNTIME, script, line, message(e, names), List.of());
    }

    /** Groovy's power assert: the assert line as the message, its value diagram as details. */
    private static CellError assertion(String script, int line, String text) {
        List<String> lines = new ArrayList<>(java.util.Arrays.asList((text == null ? "" : text.strip()).split("\n")));
        lines.removeIf(String::isBlank);
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith("assert")) {
            at++;
        }
        if (at == lines.size()) {
            return new CellError(CellError.Kind.RUNTIME, script, line, "assertion failed: " + String.join(" ", lines),
                    List.of());
        }
        return new CellError(CellError.Kind.RUNTIME, script, line, "assertion failed: " + lines.get(at),
                lines.subList(at + 1, lines.size()));
    }

    private static InvalidInputException invalidInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof org.codehaus.groovy.runtime.InvokerInvocationException
                || e instanceof java.lang.reflect.InvocationTargetException
                || e instanceof java.lang.reflect.UndeclaredThrowableException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String message(Throwable e, java.util.Collection<String> names) {
        if (e instanceof MissingPropertyException missing) {
            if (isSession(missing.getType())) {
                return "unknown name '" + missing.getProperty() + "' (not a variable, parameter or DSL word)"
                        + ClosestNames.didYouMean(missing.getProperty(), names);
            }
            return "no property '" + missing.getProperty() + "' on " + typeName(missing.getType())
                    + ClosestNames.didYouMean(missing.getProperty(), MemberNames.properties(missing.getType()));
        }
        if (e instanceof MissingMethodException missing) {
            List<String> candidates = isSession(missing.getType()) ? List.copyOf(names)
                    : MemberNames.methods(missing.getType());
            String hint = ClosestNames.of(missing.getMethod(), candidates, 3).stream().map(m -> m + "()")
                    .reduce((a, b) -> a + ", " + b).map(m -> "; did you mean " + m + "?").orElse("");
            String on = isSession(missing.getType()) ? "" : " on " + typeName(missing.getType());
            return "no method " + missing.getMethod() + argumentTypes(missing.getArguments()) + on + hint;
        }
        String words = RuntimeErrorWords.of(e);
        if (words != null) {
            return words;
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String text = e.getMessage();
        return e.getClass().getSimpleName() + (text == null || text.isBlank() ? "" : ": " + text.strip());
    }

    private static boolean isSession(Class<?> type) {
        return type == null || groovy.lang.Script.class.isAssignableFrom(type) || type == groovy.lang.Binding.class;
    }

    private static String typeName(Class<?> type) {
        return type == null ? "the value" : "a " + type.getSimpleName();
    }

    private static String argumentTypes(Object[] arguments) {
        List<String> types = new ArrayList<>();
        for (Object argument : arguments) {
            types.add(argument == null ? "null" : argument.getClass().getSimpleName());
        }
        return "(" + String.join(", ", types) + ")";
    }
}
