package org.hazlab.shell.repl;

import java.util.List;

/**
 * A REPL command ({@code :name arguments}), one class each in {@code repl.command}. Commands get the
 * {@link ReplContext} and their argument text; they print through the context and never end the JVM.
 */
public interface ReplCommand {

    /** What the argument of a command is, so completion can offer the right candidates. */
    enum Argument { NONE, FILE, VARIABLE, ITEM, TEXT }

    /** The name without the colon, e.g. {@code load}. */
    String name();

    /** Other names, e.g. {@code q} for {@code quit}. */
    default List<String> aliases() {
        return List.of();
    }

    /** How it is typed, e.g. {@code :load FILE}. */
    String usage();

    /** One line for {@code :help}. */
    String summary();

    default Argument argument() {
        return Argument.NONE;
    }

    /** Runs the command; exceptions are reported as the command's error and the session goes on. */
    void run(ReplContext context, String arguments) throws Exception;
}
