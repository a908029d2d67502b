package org.hazlab.shell.repl.command;

import org.hazlab.shell.repl.Language;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookCell;

/**
 * {@code :java [CODE]}: with code, runs it as a Java cell; alone, switches the prompt to Java until
 * {@code :groovy}. Groovy variables are visible to Java by name and type and Java results come back.
 */
public final class JavaCommand implements ReplCommand {

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String usage() {
        return ":java [CODE]";
    }

    @Override
    public String summary() {
        return "run CODE as Java, or switch to Java cells (:groovy back)";
    }

    @Override
    public Argument argument() {
        return Argument.TEXT;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        if (!arguments.isBlank()) {
            context.run(NotebookCell.code(Language.JAVA, arguments));
            return;
        }
        context.mode(Language.JAVA);
        context.note("Java cells (JShell); :groovy goes back");
    }
}
