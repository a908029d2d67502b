package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazlab.core.generate.GenerationDefaults;
import org.hazlab.core.generate.GenerationSummary;
import org.hazlab.core.generate.IncidentGenerator;
import org.hazlab.core.generate.IncidentProfile;
import org.hazlab.core.generate.IncidentProfiles;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.core.problem.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab generate incidents}: writes synthetic incident reports from a workspace's incident profile, with
 * the profile's recorded seed and dates unless overridden; {@code --rows} scales it (a million rows for load
 * benchmarks). The file is written atomically.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {
            "Write synthetic incident reports (CSV, the incidents fields of docs/data-formats.md) from a workspace's "
                + "incident-profile.json. Same profile and options, same bytes. Seed and dates default to the "
                + "profile's \"generation\" entry, so the bundled example's file is regenerated exactly by:",
            "  hazlab generate incidents datasets/infusion-pump --out datasets/infusion-pump/incidents.csv"
        })
public final class GenerateIncidentsCommand implements Callable<Integer> {

    /** Used when the profile records no generation settings. */
    static final long DEFAULT_SEED = 62304;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceArgument workspace;

    @Option(names = "--profile", paramLabel = "FILE", description = "Profile file (default: WORKSPACE/incident-profile.json).")
    private Path profileFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV file, or - for standard output.")
    private String out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the profile's, else " + DEFAULT_SEED + ").")
    private Long seed;

    @Option(names = "--from", paramLabel = "DATE", description = "First date received, yyyy-MM-dd (default: the profile's).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date received, yyyy-MM-dd (default: the profile's).")
    private LocalDate to;

    @Option(names = "--rows", paramLabel = "N",
            description = "Scale the rates to write about N rows, e.g. 1000000 for benchmarks (default: the profile's rates).")
    private Long rows;

    @Override
    public Integer call() throws IOException {
        Path profilePath = profileFile != null ? profileFile
                : workspace.choice().folder().resolve("incident-profile.json");
        if (!Files.isRegularFile(profilePath)) {
            throw new ParameterException(spec.commandLine(), "no incident profile at " + profilePath
                    + " (give a workspace that has one, or --profile FILE)");
        }
        IncidentProfile profile;
        try {
            profile = IncidentProfiles.read(profilePath);
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e, spec.commandLine().getErr());
            return ExitCodes.FAILED;
        }
        Optional<GenerationDefaults> defaults = profile.generationDefaults();
        long chosenSeed = seed != null ? seed : defaults.map(GenerationDefaults::seed).orElse(DEFAULT_SEED);
        LocalDate first = from != null ? from : defaults.map(GenerationDefaults::from).orElse(null);
        LocalDate last = to != null ? to : defaults.map(GenerationDefaults::to).orElse(null);
        long target = rows != null ? rows : defaults.map(GenerationDefaults::targetRows).orElse(0L);
        if (first == null || last == null) {
            throw new ParameterException(spec.commandLine(), "the profile records no dates: give --from and --to");
        }
        if (first.isAfter(last)) {
            throw new ParameterException(spec.commandLine(), "--from " + first + " is after --to " + last);
        }
        if (target < 0) {
            throw new ParameterException(spec.commandLine(), "--rows must be 0 or more");
        }
        long started = System.nanoTime();
        GenerationSummary summary;
        if (out.equals("-")) {
            PrintWriter stdout = spec.commandLine().getOut();
            summary = IncidentGenerator.generate(profile, chosenSeed, first, last, target, stdout);
        } else {
            summary = AtomicFiles.write(Path.of(out),
                    (Writer writer) -> IncidentGenerator.generate(profile, chosenSeed, first, last, target, writer));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getErr().printf(Locale.ROOT,
                "wrote %,d incidents to %s in %.1f s (seed %d, received %s to %s, rate scale %.3f)%n",
                summary.rows(), out.equals("-") ? "standard output" : out, seconds, chosenSeed, first, last,
                summary.scale());
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
