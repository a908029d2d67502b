package org.hazlab.shell.repl.command;

import java.util.List;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;

/** {@code :quit}: ends the session (the journal already holds every cell). */
public final class QuitCommand implements ReplCommand {

    @Override
    public String name() {
        return "quit";
    }

    @Override
    public List<String> aliases() {
        return List.of("q", "exit");
    }

    @Override
    public String usage() {
        return ":quit";
    }

    @Override
    public String summary() {
        return "leave (Ctrl-D does too)";
    }

    @Override
    public void run(ReplContext context, String arguments) {
        context.quit();
    }
}
