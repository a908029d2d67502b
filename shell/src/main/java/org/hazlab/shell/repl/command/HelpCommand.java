package org.hazlab.shell.repl.command;

import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;

/** {@code :help}: the commands, the keys that matter and the variables to start from. */
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
        return ":help";
    }

    @Override
    public String summary() {
        return "this list";
    }

    @Override
    public void run(ReplContext context, String arguments) {
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
