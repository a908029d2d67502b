package org.hazlab.core.trace.impact;

import java.nio.file.Path;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;
import org.hazlab.core.trace.git.WorkspaceRepository;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;

/**
 * Where the two versions of an impact come from: two workspace folders, or two revisions of the git repository
 * holding a workspace folder ({@code REV1..REV2}; a single {@code REV} compares that revision with the folder as
 * it is now). The service behind {@code hazlab impact} and the DSL's {@code impact}.
 */
public final class ImpactInputs {

    private ImpactInputs() {
    }

    /** The impact between two workspace folders. */
    public static ImpactReport folders(Path before, Path after) throws InvalidInputException {
        return between(valid(WorkspaceLoader.load(before)), valid(WorkspaceLoader.load(after)));
    }

    /** The impact between two revisions of the workspace's git repository. */
    public static ImpactReport git(Path workspace, String range) throws InvalidInputException {
        String[] revisions = range.split("\\.\\.", -1);
        if (revisions.length > 2 || revisions[0].isBlank() || revisions.length == 2 && revisions[1].isBlank()) {
            throw new InvalidInputException(Problem.error("bad-range", SourceLocation.ofFile(range),
                            "'" + range + "' is not a revision range")
                    .expected("REV1..REV2 (e.g. v1.0..v2.0, HEAD~1..HEAD) or one REV to compare with the folder")
                    .build());
        }
        try (WorkspaceRepository repository = WorkspaceRepository.require(workspace)) {
            Workspace before = valid(repository.load(revisions[0]));
            Workspace after = valid(revisions.length == 2 ? repository.load(revisions[1])
                    : WorkspaceLoader.load(workspace));
            return between(before, after);
        }
    }

    /** The impact between two loaded, valid workspaces; labelled by their folders. */
    public static ImpactReport between(Workspace before, Workspace after) {
        return Impact.between(before.root().toString(), model(before), before.traceability(),
                after.root().toString(), model(after), after.traceability());
    }

    private static SafetyModel model(Workspace workspace) {
        return workspace.safetyModel().orElseThrow();
    }

    /** The workspace, or its errors as an exception: an impact between invalid models would mislead. */
    private static Workspace valid(Workspace workspace) throws InvalidInputException {
        if (workspace.safetyModel().isEmpty()) {
            throw new InvalidInputException(workspace.problemList().stream().filter(Problem::isError).toList());
        }
        return workspace;
    }
}
