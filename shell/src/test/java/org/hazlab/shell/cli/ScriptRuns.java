package org.hazlab.shell.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a script into a folder and runs it with the real {@code hazlab run} command, in process. */
final class ScriptRuns {

    static {
        // As the launcher does: scripts name bundled workspaces relative to the hazlab folder.
        System.setProperty("hazlab.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private ScriptRuns() {
    }

    /** An absolute path of a bundled dataset, for scripts written into temporary folders. */
    static String dataset(String name) {
        return Path.of("..", "datasets", name).toAbsolutePath().normalize().toString();
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, text);
        return script;
    }

    static CommandRun run(Path script, String... options) {
        List<String> args = new ArrayList<>(List.of("run", script.toString()));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }
}
