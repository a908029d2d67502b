package org.hazlab.shell.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the workspace a command works on. An explicit folder wins. Without one, the current folder is used when it
 * looks like a workspace; otherwise the bundled example (the infusion pump), so that a new user's first command
 * shows something useful. The launcher tells where hazlab is installed through {@code -Dhazlab.home}.
 */
public final class WorkspaceLocator {

    /** The example workspace opened when none is given. */
    public static final String BUNDLED_EXAMPLE = "datasets/infusion-pump";

    private WorkspaceLocator() {
    }

    /** The workspace to use, and whether it is the bundled example chosen by default. */
    public record Choice(Path folder, boolean bundledDefault) {
    }

    public static Choice locate(Path explicit) {
        if (explicit != null) {
            return new Choice(explicit, false);
        }
        Path here = Path.of(".");
        if (looksLikeWorkspace(here)) {
            return new Choice(here, false);
        }
        return new Choice(bundledExample().orElse(Path.of(BUNDLED_EXAMPLE)), true);
    }

    /** The bundled example workspace, relative to the current folder when possible. */
    public static Optional<Path> bundledExample() {
        String home = System.getProperty("hazlab.home");
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        Path example = base.resolve(BUNDLED_EXAMPLE);
        if (!Files.isDirectory(example)) {
            return Optional.empty();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = example.toAbsolutePath().normalize();
        return Optional.of(absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute);
    }

    static boolean looksLikeWorkspace(Path folder) {
        if (Files.exists(folder.resolve("workspace.json"))) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(name -> name.startsWith("items.") || name.startsWith("hazards.")
                            || name.startsWith("hazard-log."));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
