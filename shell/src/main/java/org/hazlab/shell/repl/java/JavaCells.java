package org.hazlab.shell.repl.java;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.LocalExecutionControlProvider;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellError;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.dsl.session.Session;

/**
 * Java cells: the JDK's JShell API with the local execution engine, so snippets run in this JVM (no second JVM to
 * start) and share objects with the Groovy binding. Before a cell, the Groovy variables it names are declared in
 * JShell with their real type ({@code tech.tablesaw.api.Table items = ...}); after it, the variables it declared
 * or assigned go back into the binding, so Groovy and Java cells work on the same values.
 */
public final class JavaCells implements AutoCloseable {

    private static final String HOLDER = SharedValues.class.getName();

    private final JShell shell;
    private final Map<String, Object> pushed = new HashMap<>();
    private volatile boolean stopped;

    public JavaCells() {
        shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of()).build();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        shell.eval("import tech.tablesaw.api.*;");
        shell.eval("import org.hazlab.core.model.*;");
        shell.eval("import org.hazlab.core.classify.*;");
        shell.eval("import java.util.*;");
    }

    /** Evaluates a Java cell against the session's binding; never throws for errors in the cell. */
    public CellResult evaluate(Cell cell, Session session) {
        long start = System.nanoTime();
        stopped = false;
        push(session.variables(), cell.source());
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Object value = null;
        boolean assignment = false;
        CellError error = null;
        Set<String> touched = new LinkedHashSet<>();
        System.setOut(capture);
        System.setErr(capture);
        try {
            String original = cell.source();
            String remaining = original;
            while (error == null && !remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
                boolean complete = info.completeness().isComplete();
                String source = complete ? info.source() : remaining;
                int firstLine = cell.firstLine() + lineOf(original, original.length() - remaining.length());
                remaining = complete ? info.remaining() : "";
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    break;
                }
                for (SnippetEvent event : shell.eval(source)) {
                    if (event.causeSnippet() != null) {
                        continue;
                    }
                    error = errorOf(event, source, firstLine);
                    if (error == null) {
                        value = valueOf(event.snippet(), touched);
                        if (event.snippet() instanceof VarSnippet variable && !variable.name().startsWith("$")) {
                            value = new JavaDeclaration(variable.name(), value);   // echoed as jshell does
                            assignment = false;
                        } else {
                            assignment = event.snippet() instanceof jdk.jshell.ExpressionSnippet e
                                    && e.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND;
                        }
                    }
                }
            }
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        if (stopped) {
            error = new CellError(CellError.Kind.INTERRUPTED, "<java>", cell.firstLine(), "interrupted", List.of());
            value = null;
        }
        pull(session, cell.source(), touched);
        return new CellResult(cell, error == null ? value : null, captured.toString(StandardCharsets.UTF_8), "",
                error, Duration.ofNanos(System.nanoTime() - start), assignment);
    }

    private CellError errorOf(SnippetEvent event, String source, int firstLine) {
        if (event.status() == Snippet.Status.REJECTED) {
            List<Diag> diags = shell.diagnostics(event.snippet()).filter(Diag::isError).toList();
            Diag first = diags.isEmpty() ? null : diags.get(0);
            String message = first == null ? "the snippet was rejected" : first.getMessage(null);
            int line = first == null ? firstLine : firstLine + lineOf(source, (int) first.getPosition());
            return new CellError(CellError.Kind.COMPILE, "<java>", line, message, List.of());
        }
        if (event.exception() != null) {
            Exception e = event.exception();
            String type = e instanceof EvalException eval ? eval.getExceptionClassName() : e.getClass().getName();
            String message = type.substring(type.lastIndexOf('.') + 1)
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            CellError.Kind kind = message.contains("Stopped") || message.contains("Interrupted")
                    ? CellError.Kind.INTERRUPTED : CellError.Kind.RUNTIME;
            return new CellError(kind, "<java>", firstLine, message, List.of());
        }
        return null;
    }

    private Object valueOf(Snippet snippet, Set<String> touched) {
        if (snippet instanceof VarSnippet variable) {
            if (!variable.name().startsWith("$")) {
                touched.add(variable.name());
            }
            return fetch(variable.name());
        }
        if (snippet instanceof jdk.jshell.ExpressionSnippet expression) {
            touched.add(expression.name());
            return fetch(expression.name());
        }
        return null;
    }

    private Object fetch(String name) {
        List<SnippetEvent> events = shell.eval(HOLDER + ".put(\"" + name + "\", " + name + ");");
        boolean ok = events.stream().allMatch(e -> e.status() == Snippet.Status.VALID && e.exception() == null);
        return ok ? SharedValues.take(name) : null;
    }

    private void push(Map<String, Object> variables, String source) {
        variables.forEach((name, value) -> {
            if (value != null && usable(name) && mentions(source, name) && pushed.get(name) != value) {
                SharedValues.put(name, value);
                String type = JavaTypeName.of(value);
                shell.eval(type + " " + name + " = (" + type + ") " + HOLDER + ".get(\"" + name + "\");");
                SharedValues.take(name);
                pushed.put(name, value);
            }
        });
    }

    private void pull(Session session, String source, Set<String> touched) {
        Set<String> names = new LinkedHashSet<>(touched);
        shell.variables().filter(v -> shell.status(v).isActive()).map(VarSnippet::name)
                .filter(name -> !name.startsWith("$") && mentions(source, name)).forEach(names::add);
        for (String name : names) {
            if (name.startsWith("$")) {
                continue;
            }
            Object value = fetch(name);
            pushed.put(name, value);
            session.set(name, value);
        }
    }

    /** Declares every Groovy variable in JShell (for completion of their names and members). */
    public void declareAll(Map<String, Object> variables) {
        variables.forEach((name, value) -> {
            if (value != null && usable(name) && pushed.get(name) != value) {
                push(Map.of(name, value), name);
            }
        });
    }

    /** Completion suggestions for Java source at the cursor; {@code anchor[0]} receives the replaced start. */
    public List<String> complete(String source, int cursor, int[] anchor) {
        List<String> out = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion s : shell.sourceCodeAnalysis().completionSuggestions(source, cursor,
                anchor)) {
            out.add(s.continuation());
        }
        return out;
    }

    /** Stops the running snippet (any thread). */
    public void interrupt() {
        stopped = true;
        shell.stop();
    }

    private static boolean usable(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !name.startsWith("$");
    }

    private static boolean mentions(String source, String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(source).find();
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public void close() {
        shell.close();
    }
}
