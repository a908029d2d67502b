package org.hazlab.shell.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REPL's commands by name and alias, in the order {@code :help} lists them. Adding a command is one class and
 * one line in {@link ReplCommands#standard()}.
 */
public final class CommandRegistry {

    private final Map<String, ReplCommand> byName = new LinkedHashMap<>();
    private final List<ReplCommand> commands = new ArrayList<>();

    public CommandRegistry add(ReplCommand command) {
        commands.add(command);
        byName.put(command.name(), command);
        command.aliases().forEach(alias -> byName.put(alias, command));
        return this;
    }

    public List<ReplCommand> commands() {
        return List.copyOf(commands);
    }

    /** The command for a name without the colon (also a unique prefix, {@code :he} for {@code :help}). */
    public Optional<ReplCommand> find(String name) {
        ReplCommand exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<ReplCommand> matches = commands.stream().filter(c -> c.name().startsWith(name)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Every name and alias, for completion. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
