package org.hazlab.shell.repl.command;

import java.util.List;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.dsl.WorkspaceBinding;

/** {@code :reset}: forgets every variable and import (Groovy and Java), then binds the workspace again. */
public final class ResetCommand implements ReplCommand {

    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String usage() {
        return ":reset";
    }

    @Override
    public String summary() {
        return "forget all variables; the workspace's come back";
    }

    @Override
    public void run(ReplContext context, String arguments) {
        context.kernel().reset();
        List<String> names = context.workspace()
                .map(ws -> WorkspaceBinding.bind(context.kernel().session(), ws)).orElse(List.of());
        context.note("session reset" + (names.isEmpty() ? "" : "; defined " + String.join(", ", names)));
    }
}
