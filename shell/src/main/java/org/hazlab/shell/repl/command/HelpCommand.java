package org.hazlab.shell.repl.command;

import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.complete.DslVocabulary;
import org.hazlab.shell.repl.help.DslDocs;
import org.hazlab.shell.repl.help.WordHelp;

/**
 * {@code :help}: the commands, the keys that matter and the variables to start from; {@code :help WORD}: that DSL
 * word's section of the DSL reference (docs/dsl.md, shipped in the jar), or the command's usage for
 * {@code :help :save}, with a "did you mean" for a word hazlab does not know.
 */
public final class HelpCommand implements ReplCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public java.util.List<String> aliases() {
        return java.util.List.of("h", "?");
    }

    @Override
    public String usage() {
        return ":help [WORD]";
    }

    @Override
    public String summary() {
        return "this list; with a DSL word (classify, whatIf...), its documentation";
    }

    @Override
    public Argument argument() {
        return Argument.TEXT;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        String word = arguments == null ? "" : arguments.strip();
        if (!word.isEmpty()) {
            WordHelp.Answer answer = new WordHelp(DslDocs.standard(), DslVocabulary.standard())
                    .about(word, context.commands().names());
            if (answer.known()) {
                context.out().println(answer.text());
            } else {
                context.error(answer.text());
            }
            return;
        }
        var out = context.out();
        out.println(context.palette().bold("Type Groovy (the hazlab DSL) at the prompt; an open bracket or string "
                + "continues on the next line."));
        out.println("Commands:");
        for (ReplCommand command : context.commands().commands()) {
            out.printf("  %-22s %s%n", command.usage(), command.summary());
        }
        out.println("Keys: Tab completes (commands, variables, DSL words, ids in quotes, columns, members);");
        out.println("      Ctrl-C interrupts a running cell or clears the line; Ctrl-D on an empty line quits;");
        out.println("      a first line %java makes the cell Java.");
    }
}
