package org.hazlab.shell.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The exit codes and examples every command's {@code --help} ends with, kept in one table so that each command
 * lists all four codes (0, 1, 2 and 3, saying when a command never uses one) and two or three examples that run
 * as written from the repository's folder.
 */
public final class CommandHelp {

    private record Help(String ok, String failed, String findings, List<String> examples) {
    }

    private static final String NO_FINDINGS = "not used by this command (hazlab run: the script reported findings)";

    private static final Map<String, Help> HELP = Map.ofEntries(
            Map.entry("hazlab", new Help("ok", "invalid input or a failed run", "hazlab run: the script reported "
                    + "findings", List.of("hazlab                                  # the shell on the bundled example",
                    "hazlab check datasets/infusion-pump", "hazlab run scripts/what-if-dosage-module.groovy"))),
            Map.entry("check", new Help("valid (warnings allowed)", "errors found or a file unreadable", NO_FINDINGS,
                    List.of("hazlab check datasets/infusion-pump",
                            "hazlab check datasets/diagnostic-support --format json",
                            "hazlab check core/src/test/resources/workspaces/broken   # exit 1"))),
            Map.entry("classify", new Help("classified", "invalid workspace or unknown item", NO_FINDINGS,
                    List.of("hazlab classify datasets/infusion-pump",
                            "hazlab classify datasets/training --item HUM-HEAT --explain",
                            "hazlab classify datasets/diagnostic-support --scheme all --format json"))),
            Map.entry("run", new Help("ran", "a cell failed or the input is invalid",
                    "the script reported findings (fail 'reason', or findings(...) as its last value)",
                    List.of("hazlab run scripts/what-if-remove-external-control.groovy --out /tmp/what-if",
                            "hazlab run scripts/periodic-review.groovy -p period=2026-Q3 --out /tmp/review   # exit 3",
                            "hazlab run session.ipynb --time      # a saved shell session, timing each cell"))),
            Map.entry("shell", new Help("ok", "a piped cell failed or the workspace could not be read", NO_FINDINGS,
                    List.of("hazlab shell datasets/training", "hazlab shell datasets/infusion-pump < session.groovy"))),
            Map.entry("incidents", new Help("imported (rejected records are listed)", "a file could not be read",
                    NO_FINDINGS, List.of("hazlab incidents datasets/maude/foitext2007.txt",
                    "hazlab incidents datasets/infusion-pump/incidents.csv --format csv"))),
            Map.entry("history", new Help("ok", "tampered, unreadable or too short", NO_FINDINGS,
                    List.of("hazlab history verify /tmp/review/review-history.jsonl",
                            "hazlab history diff /tmp/review/review-history.jsonl"))),
            Map.entry("verify", new Help("the chain holds", "tampered, unreadable or not a history", NO_FINDINGS,
                    List.of("hazlab history verify /tmp/review/review-history.jsonl",
                            "hazlab history verify reviews/history.jsonl && echo intact"))),
            Map.entry("diff", new Help("shown", "history tampered, unreadable or too short", NO_FINDINGS,
                    List.of("hazlab history diff /tmp/review/review-history.jsonl",
                            "hazlab history diff /tmp/review/review-history.jsonl | less"))),
            Map.entry("generate", new Help("written", "bad profile or unwritable output", NO_FINDINGS,
                    List.of("hazlab generate incidents datasets/infusion-pump --out /tmp/incidents.csv",
                            "hazlab generate incidents datasets/infusion-pump --seed 7 --out /tmp/other.csv"))),
            Map.entry("gaps", new Help("no gaps", "invalid workspace or unknown item", "gaps found",
                    List.of("hazlab gaps datasets/infusion-pump   # exit 3",
                            "hazlab gaps datasets/infusion-pump --item IPC-AIL",
                            "hazlab gaps datasets/infusion-pump --format json > /tmp/gaps.json"))),
            Map.entry("impact", new Help("impact shown", "a version is invalid, missing or not a revision",
                    NO_FINDINGS, List.of("hazlab impact datasets/infusion-pump datasets/infusion-pump-v2",
                            "hazlab impact --git v1.0..v2.0 path/to/workspace",
                            "hazlab impact --git HEAD path/to/workspace --format md   # last commit against the folder"))),
            Map.entry("record", new Help("record written", "invalid workspace or the files could not be written",
                    NO_FINDINGS, List.of("hazlab record datasets/infusion-pump --out /tmp/ipc-record --as-of 2026-10-01",
                            "hazlab record datasets/infusion-pump --out /tmp/rec --no-git --prepared-by \"A. Analyst\"",
                            "hazlab record . --out dhf/ --history reviews/history.jsonl"))),
            Map.entry("completion", new Help("printed", "not used", NO_FINDINGS,
                    List.of("source <(hazlab completion bash)", "hazlab completion bash > ~/.hazlab-completion.bash"))));

    private CommandHelp() {
    }

    /** Adds the exit codes and examples to the help of the command and of every subcommand. */
    public static void apply(CommandLine commandLine) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        Help help = HELP.get(spec.name());
        if (help == null && spec.parent() != null && spec.parent().name().equals("generate")) {
            help = HELP.get("generate");
        }
        if (help != null) {
            UsageMessageSpec usage = spec.usageMessage();
            Map<String, String> codes = new LinkedHashMap<>();
            codes.put("0", help.ok());
            codes.put("1", help.failed());
            codes.put("2", "usage error (unknown command or option, bad argument)");
            codes.put("3", help.findings());
            usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
            usage.footerHeading("%nExamples:%n");
            String[] footer = help.examples().stream().map(e -> "  " + e.replace("%", "%%")).toArray(String[]::new);
            usage.footer(footer);
        }
        commandLine.getSubcommands().values().forEach(CommandHelp::apply);
    }
}
