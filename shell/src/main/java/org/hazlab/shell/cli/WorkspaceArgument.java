package org.hazlab.shell.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Parameters;

/**
 * The optional WORKSPACE argument shared by the commands that work on a workspace (a picocli mixin), with the
 * same default everywhere: the current folder when it is a workspace, else the bundled example.
 */
public final class WorkspaceArgument {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE",
            description = "Workspace folder (default: the current folder if it is one, else the bundled example).")
    private Path workspace;

    /** The folder the command works on. */
    public WorkspaceLocator.Choice choice() {
        return WorkspaceLocator.locate(workspace);
    }

    /**
     * Loads the workspace, saying on {@code err} when the bundled example was chosen by default. Empty when the
     * folder cannot be used at all; the problems have then been printed.
     */
    public Optional<Workspace> load(PrintWriter err) {
        WorkspaceLocator.Choice choice = choice();
        if (choice.bundledDefault()) {
            err.println("(no workspace given or found here; using the bundled example " + choice.folder() + ")");
            err.flush();
        }
        try {
            return Optional.of(WorkspaceLoader.load(choice.folder()));
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e, err);
            return Optional.empty();
        }
    }

    /**
     * Loads the workspace and requires a valid model; otherwise prints the errors with a pointer to
     * {@code hazlab check} and returns empty.
     */
    public Optional<Workspace> loadValid(PrintWriter err) {
        Optional<Workspace> loaded = load(err);
        if (loaded.isEmpty()) {
            return loaded;
        }
        return requireValid(loaded.get(), choice().folder().toString(), err);
    }

    /** The workspace when its model is valid; otherwise its errors are printed and the result is empty. */
    public static Optional<Workspace> requireValid(Workspace workspace, String shownAs, PrintWriter err) {
        if (workspace.safetyModel().isPresent()) {
            return Optional.of(workspace);
        }
        workspace.problemList().stream().filter(org.hazlab.core.problem.Problem::isError)
                .forEach(p -> err.println(p.format()));
        err.println("hazlab: " + shownAs + " is not valid (" + workspace.problems().errorCount()
                + " errors); run 'hazlab check " + shownAs + "' for the full report");
        err.flush();
        return Optional.empty();
    }
}
