package org.hazlab.shell.cli;

import picocli.CommandLine.Command;

/** {@code hazlab generate}: groups the generators of example data. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        subcommands = GenerateIncidentsCommand.class,
        description = "Generate example data deterministically (same arguments, same bytes).")
public final class GenerateCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to generate: incidents");
    }
}
