package org.hazlab.core.trace.git;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;

/**
 * A workspace folder inside a git repository, read at any revision straight from the object database (JGit):
 * the files of the revision are copied into an in-memory file system (Jimfs) and loaded by the ordinary
 * {@link WorkspaceLoader}, which reads through {@code java.nio} paths. No checkout is written and the working
 * tree is never touched. Messages name files as {@code REV:path/in/repo/file.csv}.
 */
public final class WorkspaceRepository implements AutoCloseable {

    /** One revision that changed the workspace. */
    public record Revision(String id, String shortId, LocalDate date, String author, String message) {
    }

    private final Repository repository;
    private final String workspacePath;

    private WorkspaceRepository(Repository repository, String workspacePath) {
        this.repository = repository;
        this.workspacePath = workspacePath;
    }

    /**
     * Opens the git repository that holds a workspace folder.
     *
     * @return empty when the folder is not inside a git work tree
     */
    public static Optional<WorkspaceRepository> find(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        String relative = workTree.relativize(real).toString().replace('\\', '/');
        return Optional.of(new WorkspaceRepository(repository, relative));
    }

    /** Opens the repository or says clearly why not. */
    public static WorkspaceRepository require(Path folder) throws InvalidInputException {
        try {
            return find(folder).orElseThrow(() -> new InvalidInputException(Problem.error("not-in-git",
                            SourceLocation.ofFile(folder.toString()), "the workspace is not inside a git work tree")
                    .hint("--git needs the workspace folder of a git repository; compare two folders without --git")
                    .build()));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.error("unreadable-git", SourceLocation.ofFile(folder.toString()),
                    "cannot open the git repository: " + e.getMessage()).build());
        }
    }

    /** The workspace folder relative to the repository's work tree ("" for the root). */
    public String workspacePath() {
        return workspacePath;
    }

    /**
     * Loads the workspace as it was at a revision (any git revision expression: a hash, a tag, HEAD~2).
     *
     * @throws InvalidInputException when the revision does not resolve or has no such folder
     */
    public Workspace load(String revision) throws InvalidInputException {
        RevCommit commit = resolve(revision);
        String label = revision + ":" + (workspacePath.isEmpty() ? "." : workspacePath);
        try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setWorkingDirectory("/").build())) {
            Path root = memory.getPath(label);
            Files.createDirectories(root);
            int files = copyTree(commit, root);
            if (files == 0) {
                throw new InvalidInputException(Problem.error("no-workspace", SourceLocation.ofFile(label),
                                "revision " + revision + " has no files under " + workspacePath)
                        .hint("the workspace may not exist yet at that revision; see git log -- " + workspacePath)
                        .build());
            }
            return WorkspaceLoader.load(root);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.error("unreadable-git", SourceLocation.ofFile(label),
                    "cannot read the revision: " + e.getMessage()).build());
        }
    }

    /** The revisions that changed the workspace folder, oldest first, at most {@code limit} (the latest ones). */
    public List<Revision> history(int limit) throws InvalidInputException {
        List<Revision> revisions = new ArrayList<>();
        try (Git git = Git.wrap(repository)) {
            if (repository.resolve("HEAD") == null) {
                return List.of();
            }
            var log = git.log();
            if (!workspacePath.isEmpty()) {
                log.addPath(workspacePath);
            }
            for (RevCommit commit : log.setMaxCount(limit).call()) {
                revisions.add(new Revision(commit.getName(), commit.getName().substring(0, 10),
                        LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), ZoneOffset.UTC),
                        commit.getAuthorIdent().getName(), commit.getShortMessage()));
            }
        } catch (GitAPIException | IOException e) {
            throw new InvalidInputException(Problem.error("unreadable-git", SourceLocation.ofFile(workspacePath),
                    "cannot read the git history: " + e.getMessage()).build());
        }
        java.util.Collections.reverse(revisions);
        return revisions;
    }

    private RevCommit resolve(String revision) throws InvalidInputException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                throw new InvalidInputException(Problem.error("unknown-revision", SourceLocation.ofFile(revision),
                                "'" + revision + "' is not a revision of the repository")
                        .expected("a commit hash, a branch, a tag or an expression such as HEAD~1")
                        .hint("list revisions with: git log --oneline -- " + workspacePath).build());
            }
            return walk.parseCommit(id);
        } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            throw new InvalidInputException(Problem.error("unknown-revision", SourceLocation.ofFile(revision),
                    "'" + revision + "' is not a revision of the repository: " + e.getMessage()).build());
        }
    }

    /** Copies the blobs under the workspace path at a commit into {@code root}; returns the number of files. */
    private int copyTree(RevCommit commit, Path root) throws IOException {
        int count = 0;
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!workspacePath.isEmpty()) {
                walk.setFilter(PathFilter.create(workspacePath));
            }
            String prefix = workspacePath.isEmpty() ? "" : workspacePath + "/";
            while (walk.next()) {
                String path = walk.getPathString();
                if (!path.startsWith(prefix) || walk.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    continue;
                }
                Path target = root.resolve(path.substring(prefix.length()));
                Files.createDirectories(target.getParent());
                try (var in = repository.open(walk.getObjectId(0)).openStream();
                     var out = Files.newOutputStream(target)) {
                    in.transferTo(out);
                }
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        repository.close();
    }
}
