package org.hazlab.shell.repl.command;

import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;

/** {@code :time [on|off]}: shows how long each following cell took (toggles without an argument). */
public final class TimeCommand implements ReplCommand {

    @Override
    public String name() {
        return "time";
    }

    @Override
    public String usage() {
        return ":time [on|off]";
    }

    @Override
    public String summary() {
        return "time the next cells";
    }

    @Override
    public Argument argument() {
        return Argument.TEXT;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        boolean on = switch (arguments.strip()) {
            case "on" -> true;
            case "off" -> false;
            case "" -> !context.timing();
            default -> throw new IllegalArgumentException(usage());
        };
        context.timing(on);
        context.note("timing " + (on ? "on" : "off"));
    }
}
