package org.hazlab.shell.repl;

import java.util.Optional;

/**
 * The read-evaluate-print loop: numbered prompts ({@code [3]>}), {@code :commands} dispatched to their classes,
 * everything else evaluated as a cell. A failing cell or command never ends the loop; the end of input or
 * {@code :quit} does. The exit code is 0, or 1 when input was piped and a cell failed (so CI notices).
 */
public final class Repl {

    private final ReplContext context;
    private Runnable onStart = () -> { };

    public Repl(ReplContext context) {
        this.context = context;
    }

    public ReplContext context() {
        return context;
    }

    /** Something to do when the loop starts, e.g. begin loading in the background once the prompt shows. */
    public void onStart(Runnable action) {
        this.onStart = action;
    }

    /** Runs until the input ends or {@code :quit}; returns the exit code. */
    public int run() {
        Console console = context.console();
        onStart.run();
        while (!context.quitting()) {
            String input = context.nextTypedAhead().map(this::echo).orElseGet(() -> console.readCell(prompt()));
            if (input == null) {
                break;
            }
            if (input.isBlank()) {
                continue;
            }
            String trimmed = input.strip();
            if (trimmed.startsWith(":") && !trimmed.startsWith("::")) {
                command(trimmed.substring(1));
            } else {
                context.run(input);
            }
        }
        if (console.interactive()) {
            context.out().println();
        }
        context.out().flush();
        return !console.interactive() && context.failures() > 0 ? 1 : 0;
    }

    /** Shows input typed ahead after its prompt, as the transcript would have shown it typed there. */
    private String echo(String input) {
        context.out().println(prompt() + input);
        context.out().flush();
        return input;
    }

    /** The prompt for the next cell. */
    public String prompt() {
        String number = "[" + (context.cellNumber() + 1) + "]";
        String mode = context.mode() == Language.JAVA ? " java" : "";
        return context.palette().accent(number + mode + ">") + " ";
    }

    /** Runs one {@code :command} line (without its colon). */
    public void command(String line) {
        String name = line.split("\\s+", 2)[0];
        String arguments = line.length() > name.length() ? line.substring(name.length()).strip() : "";
        Optional<ReplCommand> command = context.commands().find(name);
        if (command.isEmpty()) {
            context.error("unknown command :" + name + " (:help lists the commands)");
            return;
        }
        try {
            command.get().run(context, arguments);
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            context.error(":" + command.get().name() + ": " + message);
        }
        context.out().flush();
    }
}
