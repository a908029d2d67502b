package org.hazlab.shell.repl.command;

import java.util.List;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;

/** {@code :history [N]}: the last N inputs (default 20), multi-line cells shown whole. */
public final class InputHistoryCommand implements ReplCommand {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String usage() {
        return ":history [N]";
    }

    @Override
    public String summary() {
        return "the last inputs (kept across sessions)";
    }

    @Override
    public Argument argument() {
        return Argument.TEXT;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        int count = arguments.isBlank() ? 20 : Integer.parseInt(arguments.strip());
        List<String> history = context.console().history();
        int from = Math.max(0, history.size() - count);
        for (int i = from; i < history.size(); i++) {
            String[] lines = history.get(i).split("\n");
            context.out().printf("%5d  %s%n", i + 1, lines[0]);
            for (int l = 1; l < lines.length; l++) {
                context.out().printf("       %s%n", lines[l]);
            }
        }
    }
}
