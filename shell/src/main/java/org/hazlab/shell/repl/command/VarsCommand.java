package org.hazlab.shell.repl.command;

import java.util.Map;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.Table;

/** {@code :vars}: the variables of the binding with their type and a one-line look at the value. */
public final class VarsCommand implements ReplCommand {

    @Override
    public String name() {
        return "vars";
    }

    @Override
    public String usage() {
        return ":vars";
    }

    @Override
    public String summary() {
        return "variables with their type and value";
    }

    @Override
    public void run(ReplContext context, String arguments) {
        Map<String, Object> variables = context.kernel().session().variables();
        if (variables.isEmpty()) {
            context.note("(no variables)");
            return;
        }
        int width = Math.max(40, context.console().width());
        int nameWidth = variables.keySet().stream().mapToInt(String::length).max().orElse(0);
        variables.forEach((name, value) -> {
            String type = value == null ? "null" : value.getClass().getSimpleName();
            String look = value instanceof Table table
                    ? String.format(java.util.Locale.ROOT, "%,d rows × %d columns", table.rowCount(), table.columnCount())
                    : value instanceof TableView view
                    ? String.format(java.util.Locale.ROOT, "%,d rows × %d columns", view.rowCount(), view.columnCount())
                    : String.valueOf(value).replace('\n', ' ');
            String line = String.format(java.util.Locale.ROOT, "  %-" + nameWidth + "s  %-22s %s", name, type, look);
            context.out().println(line.length() > width ? line.substring(0, width - 1) + "…" : line);
        });
    }
}
