package org.hazlab.shell.repl.complete;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.shell.repl.CommandRegistry;
import org.hazlab.shell.repl.JLineConsole;
import org.hazlab.shell.repl.Kernel;
import org.hazlab.shell.repl.Language;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.highlight.GroovyKeywords;
import org.hazlab.shell.repl.input.ReplParsedLine;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import tech.tablesaw.api.Table;

/**
 * Tab completion for the REPL, by context: {@code :commands} and their arguments (files, variables, item ids),
 * column names inside the quotes of {@code column(}, item / hazard / control ids inside other quotes, members
 * after {@code name.} (each method with its signature as the candidate's description), the signatures of every
 * overload when Tab is pressed right after {@code name.method(}, named arguments inside a DSL verb's brackets,
 * otherwise variables, DSL words and Groovy keywords. Java cells complete through JShell's own analysis.
 */
public final class ReplCompleter implements Completer, JLineConsole.ModeSwitch {

    private static final Pattern COLUMN_CALL = Pattern.compile("(?:([A-Za-z_$][\\w$]*)\\.)?\\w*[cC]olumn\\(\\s*$");
    private static final Pattern METHOD_CALL = Pattern.compile("([A-Za-z_$][\\w$]*)\\.([A-Za-z_$][\\w$]*)\\(\\s*$");
    private static final Pattern OPEN_CALL = Pattern.compile("([A-Za-z_][\\w]*)\\s*\\(([^()]*)$");
    private static final Pattern COMMAND_CALL = Pattern.compile(
            "(?m)^\\s*([A-Za-z_]\\w*)\\s+['\"][^'\"\\n]*['\"]\\s*,[^\\n]*$");

    private final CommandRegistry commands;
    private final Kernel kernel;
    private final Supplier<Optional<SafetyModel>> model;
    private volatile boolean javaMode;

    public ReplCompleter(CommandRegistry commands, Kernel kernel, Supplier<Optional<SafetyModel>> model) {
        this.commands = commands;
        this.kernel = kernel;
        this.model = model;
    }

    @Override
    public void javaMode(boolean on) {
        javaMode = on;
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
        ReplParsedLine line = ReplParsedLine.at(parsed.line(), parsed.cursor());
        List<String> signatures = signatures(line);
        if (!signatures.isEmpty()) {
            reader.printAbove(String.join("\n", signatures));
            return;
        }
        candidates.addAll(candidates(line));
    }

    /**
     * The signatures of the method whose call is open right before the cursor ({@code items.where(} then Tab):
     * what Tab shows there, as there is nothing to complete yet. Empty anywhere else.
     */
    public List<String> signatures(ReplParsedLine line) {
        if (!line.word().isEmpty() || line.quoted() || javaMode) {
            return List.of();
        }
        Matcher call = METHOD_CALL.matcher(line.beforeWord());
        if (!call.find()) {
            return List.of();
        }
        Object value = kernel.session().get(call.group(1));
        return value == null ? List.of() : MethodSignatures.of(value, call.group(2));
    }

    /** The candidates for a line (also used by tests without a terminal). */
    public List<Candidate> candidates(ReplParsedLine line) {
        String text = line.line().stripLeading();
        if (text.startsWith(":")) {
            return command(line);
        }
        if (javaMode || text.startsWith(Language.JAVA_MARKER + "\n")) {
            return java(line, text.startsWith(Language.JAVA_MARKER + "\n") ? Language.JAVA_MARKER.length() + 1 : 0);
        }
        String before = line.beforeWord();
        if (line.quoted()) {
            Matcher column = COLUMN_CALL.matcher(before);
            return plain(column.find() ? columns(column.group(1)) : ids(), line.word(), false);
        }
        int dot = line.word().lastIndexOf('.');
        if (dot > 0) {
            return members(line.word().substring(0, dot), line.word().substring(dot + 1));
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher call = OPEN_CALL.matcher(before);
        Matcher command = COMMAND_CALL.matcher(before);
        String verb = call.find() ? call.group(1) : command.find() ? command.group(1) : null;
        if (verb != null) {
            DslVocabulary.standard().namedArguments(verb).forEach(name -> words.add(name + ": "));
        }
        words.addAll(kernel.session().variables().keySet());
        words.addAll(DslVocabulary.standard().words());
        words.addAll(GroovyKeywords.ALL);
        return plain(words, line.word(), true);
    }

    private List<Candidate> command(ReplParsedLine line) {
        String text = line.line().stripLeading();
        int space = text.indexOf(' ');
        if (space < 0) {
            List<String> names = commands.names().stream().map(name -> ":" + name).toList();
            return plain(names, line.word(), true);
        }
        Optional<ReplCommand> command = commands.find(text.substring(1, space));
        if (command.isEmpty()) {
            return List.of();
        }
        if (command.get().name().equals("java")) {
            int offset = line.line().indexOf(text) + space + 1;
            return java(ReplParsedLine.at(line.line(), line.cursor()).javaWord(offset), offset);
        }
        return switch (command.get().argument()) {
            case FILE -> plain(FileNames.matching(line.word()), line.word(), false);
            case VARIABLE -> plain(kernel.session().variables().keySet(), line.word(), true);
            case ITEM -> plain(model.get().map(m -> m.items().stream().map(i -> i.id()).toList())
                    .orElse(List.of()), line.word(), true);
            default -> List.of();
        };
    }

    private List<Candidate> members(String receiver, String prefix) {
        Object value = kernel.session().get(receiver);
        if (value == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (String member : MemberNames.of(value)) {
            if (member.startsWith(prefix)) {
                int bracket = member.indexOf('(');
                List<String> signatures = bracket < 0 ? List.of()
                        : MethodSignatures.of(value, member.substring(0, bracket));
                String description = signatures.isEmpty() ? null : signatures.get(0)
                        + (signatures.size() > 1 ? " (+" + (signatures.size() - 1) + " more; Tab after '(' lists them)"
                        : "");
                out.add(new Candidate(receiver + "." + member, member, null, description, null, null,
                        !member.endsWith("(")));
            }
        }
        return out;
    }

    private Set<String> columns(String receiver) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, Object> variables = kernel.session().variables();
        Object named = receiver == null ? null : variables.get(receiver);
        if (named instanceof Table table) {
            names.addAll(table.columnNames());
        } else if (named instanceof org.hazlab.core.whatif.TableView view) {
            names.addAll(view.tableOfRows(row -> false).columnNames());
        } else {
            variables.values().stream().filter(Table.class::isInstance)
                    .forEach(t -> names.addAll(((Table) t).columnNames()));
        }
        return names;
    }

    private Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        model.get().ifPresent(m -> {
            m.items().forEach(i -> ids.add(i.id()));
            m.hazards().forEach(h -> ids.add(h.id()));
            m.controls().forEach(c -> ids.add(c.id()));
        });
        if (kernel.session().get("ws") instanceof org.hazlab.core.workspace.Workspace workspace) {
            workspace.traceability().requirements().forEach(r -> ids.add(r.id()));
            workspace.traceability().verifications().forEach(v -> ids.add(v.id()));
        }
        return ids;
    }

    private List<Candidate> java(ReplParsedLine line, int offset) {
        kernel.java().declareAll(kernel.session().variables());
        String source = line.line().substring(offset);
        int cursor = line.cursor() - offset;
        int[] anchor = new int[1];
        List<Candidate> out = new ArrayList<>();
        for (String continuation : kernel.java().complete(source, cursor, anchor)) {
            int start = anchor[0] + offset;
            String prefix = start >= line.wordStart() ? line.line().substring(line.wordStart(), start) : "";
            out.add(candidate(prefix + continuation, continuation, false));
        }
        return out;
    }

    private static List<Candidate> plain(Iterable<String> values, String prefix, boolean complete) {
        List<Candidate> out = new ArrayList<>();
        for (String value : values) {
            if (value.startsWith(prefix)) {
                out.add(candidate(value, value, complete && !value.endsWith(": ")));
            }
        }
        return out;
    }

    private static Candidate candidate(String value, String display, boolean complete) {
        return new Candidate(value, display, null, null, null, null, complete);
    }
}
