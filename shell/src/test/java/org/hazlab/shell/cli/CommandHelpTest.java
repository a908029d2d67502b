package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.shell.HazlabMain;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help lists the four exit codes and at least two examples; completion prints a script. */
class CommandHelpTest {

    private static void collect(CommandLine command, List<List<String>> paths, List<String> path) {
        for (var entry : command.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            List<String> next = new ArrayList<>(path);
            next.add(entry.getKey());
            paths.add(next);
            collect(entry.getValue(), paths, next);
        }
    }

    @Test
    void everyCommandsHelpListsExitCodesIncluding3AndExamples() {
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of());
        collect(HazlabMain.commandLine(), paths, List.of());
        assertTrue(paths.size() >= 10, paths.toString());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            String help = run.out();
            assertEquals(0, run.exitCode(), path + run.err());
            assertTrue(help.contains("Exit codes:"), path + help);
            for (String code : List.of("0", "1", "2", "3")) {
                assertTrue(help.matches("(?s).*\\n\\s+" + code + "\\s+\\S.*"), path + " lacks exit code " + code + help);
            }
            String examples = help.substring(help.indexOf("Examples:"));
            assertTrue(examples.lines().filter(l -> l.strip().startsWith("hazlab") || l.strip().startsWith("source"))
                    .count() >= 2, path + help);
        }
    }

    @Test
    void completionPrintsABashScriptForTheCommands() {
        CommandRun run = CommandRun.of("completion", "bash");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F"), run.out());
        assertTrue(run.out().contains("classify") && run.out().contains("history"), run.out());
        assertEquals(2, CommandRun.of("completion", "fish").exitCode());
    }
}
