package org.hazlab.core.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A git repository made by a test with JGit: the infusion pump's workspace at release 1 (first commit, dated
 * 2026-03-02) and release 2.0 (second commit, 2026-09-28) under {@code ws/pump}. Release 1 is the shipped
 * datasets/infusion-pump without its incidents; release 2.0 is datasets/infusion-pump-v2.
 */
public final class PumpRepository {

    public static final Path DATASETS = Path.of("..", "datasets");
    private static final List<String> FILES = List.of("items.csv", "hazard-log.csv", "controls.csv", "policy.json",
            "requirements.csv", "verifications.csv", "evidence.csv");

    private PumpRepository() {
    }

    /** Creates the repository in {@code root}; returns the workspace folder inside it. */
    public static Path create(Path root) throws IOException, GitAPIException {
        Path workspace = root.resolve("ws").resolve("pump");
        Files.createDirectories(workspace);
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            copy(DATASETS.resolve("infusion-pump"), workspace);
            // Release 1 has no incidents here: its manifest is release 2.0's minus the name and the new module.
            Files.writeString(workspace.resolve("workspace.json"), Files.readString(
                    DATASETS.resolve("infusion-pump-v2").resolve("workspace.json"))
                    .replace("Infusion pump controller (release 2.0)", "Infusion pump controller")
                    .replace(", release 2.0 with dose recommendation", ""));
            commit(git, "Release 1.0", "2026-03-02T10:00:00Z");
            copy(DATASETS.resolve("infusion-pump-v2"), workspace);
            Files.copy(DATASETS.resolve("infusion-pump-v2").resolve("workspace.json"),
                    workspace.resolve("workspace.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            commit(git, "Release 2.0: dose recommendation module", "2026-09-28T16:30:00Z");
        }
        return workspace;
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String file : FILES) {
            Files.copy(from.resolve(file), to.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void commit(Git git, String message, String when) throws GitAPIException {
        PersonIdent who = new PersonIdent(new PersonIdent("Test Engineer", "test@example.com"),
                java.util.Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
