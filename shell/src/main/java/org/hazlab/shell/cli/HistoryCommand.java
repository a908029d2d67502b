package org.hazlab.shell.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hazlab history}: checks and compares the review history that periodic reviews append to. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        subcommands = {HistoryVerifyCommand.class, HistoryDiffCommand.class},
        description = "Verify the hash chain of a review history, or show class changes between reviews.")
public final class HistoryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to do: verify or diff");
    }
}
