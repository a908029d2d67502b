package org.hazlab.shell.repl;

import org.hazlab.shell.repl.command.ExplainCommand;
import org.hazlab.shell.repl.command.GroovyCommand;
import org.hazlab.shell.repl.command.HelpCommand;
import org.hazlab.shell.repl.command.InputHistoryCommand;
import org.hazlab.shell.repl.command.JavaCommand;
import org.hazlab.shell.repl.command.LoadCommand;
import org.hazlab.shell.repl.command.OpenCommand;
import org.hazlab.shell.repl.command.QuitCommand;
import org.hazlab.shell.repl.command.RecoverCommand;
import org.hazlab.shell.repl.command.ResetCommand;
import org.hazlab.shell.repl.command.RunCellsCommand;
import org.hazlab.shell.repl.command.SaveCommand;
import org.hazlab.shell.repl.command.ShowCommand;
import org.hazlab.shell.repl.command.StepCommand;
import org.hazlab.shell.repl.command.TimeCommand;
import org.hazlab.shell.repl.command.VarsCommand;

/** The standard set of REPL commands, in the order {@code :help} lists them. */
public final class ReplCommands {

    private ReplCommands() {
    }

    public static CommandRegistry standard() {
        return new CommandRegistry()
                .add(new HelpCommand())
                .add(new VarsCommand())
                .add(new ShowCommand())
                .add(new ExplainCommand())
                .add(new LoadCommand())
                .add(new SaveCommand())
                .add(new OpenCommand())
                .add(new RunCellsCommand())
                .add(new StepCommand())
                .add(new InputHistoryCommand())
                .add(new RecoverCommand())
                .add(new ResetCommand())
                .add(new JavaCommand())
                .add(new GroovyCommand())
                .add(new TimeCommand())
                .add(new QuitCommand());
    }
}
