package org.hazlab.shell.repl.command;

import org.hazlab.shell.repl.Language;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;

/** {@code :groovy}: back to Groovy cells after {@code :java}. */
public final class GroovyCommand implements ReplCommand {

    @Override
    public String name() {
        return "groovy";
    }

    @Override
    public String usage() {
        return ":groovy";
    }

    @Override
    public String summary() {
        return "back to Groovy cells";
    }

    @Override
    public void run(ReplContext context, String arguments) {
        context.mode(Language.GROOVY);
    }
}
