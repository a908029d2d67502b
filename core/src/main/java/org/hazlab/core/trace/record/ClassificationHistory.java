package org.hazlab.core.trace.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.review.history.HistoryDiff;
import org.hazlab.core.review.history.ReviewHistory;
import org.hazlab.core.trace.git.WorkspaceRepository;
import org.hazlab.core.trace.impact.ClassChange;
import org.hazlab.core.trace.impact.Impact;
import org.hazlab.core.workspace.Workspace;

/**
 * The reclassifications of a workspace over time, from the two places they are recorded: the periodic-review
 * history (each review stores every item's class and decision path) and the git revisions of the workspace
 * (each revision is loaded from the repository and classified). Revisions whose workspace is invalid are
 * skipped and said so.
 */
public final class ClassificationHistory {

    /** The reclassifications and what could not be read. */
    public record Result(List<Reclassification> changes, List<String> notes) {
        public Result {
            changes = List.copyOf(changes);
            notes = List.copyOf(notes);
        }
    }

    /** Revisions read at most, newest kept. */
    public static final int MAX_REVISIONS = 50;

    private ClassificationHistory() {
    }

    /** Class changes between consecutive records of a periodic-review history. */
    public static Result fromReviews(Path history) {
        List<Reclassification> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<JsonNode> records;
        try {
            records = ReviewHistory.read(history);
        } catch (IOException e) {
            return new Result(List.of(), List.of("review history " + history + " could not be read: " + e.getMessage()));
        }
        notes.add(records.size() + " reviews read from " + history);
        for (int i = 1; i < records.size(); i++) {
            JsonNode before = records.get(i - 1);
            JsonNode after = records.get(i);
            for (HistoryDiff.Change change : HistoryDiff.between(before, after)) {
                if (change.classChanged()) {
                    changes.add(new Reclassification(after.path("asOf").asText(),
                            "review " + after.path("period").asText(), change.item(),
                            change.classBefore().isEmpty() ? "(new)" : change.classBefore(),
                            change.classAfter().isEmpty() ? "(removed)" : change.classAfter(),
                            change.becauseBefore(), change.becauseAfter(),
                            "periodic review " + after.path("period").asText()));
                }
            }
        }
        return new Result(changes, notes);
    }

    /** Class changes between consecutive git revisions that touched the workspace folder. */
    public static Result fromGit(Path folder) {
        List<Reclassification> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (WorkspaceRepository repository = WorkspaceRepository.find(folder).orElse(null)) {
            if (repository == null) {
                return new Result(List.of(), List.of("the workspace is not in a git repository"));
            }
            List<WorkspaceRepository.Revision> revisions = repository.history(MAX_REVISIONS);
            notes.add(revisions.size() + " git revisions of " + (repository.workspacePath().isEmpty() ? "."
                    : repository.workspacePath()) + " read" + (revisions.size() == MAX_REVISIONS
                    ? " (the latest " + MAX_REVISIONS + ")" : ""));
            ClassificationResult previous = null;
            for (WorkspaceRepository.Revision revision : revisions) {
                ClassificationResult current = classify(repository, revision, notes);
                if (current == null) {
                    continue;
                }
                if (previous != null) {
                    for (ClassChange change : Impact.classChanges(previous, current)) {
                        changes.add(new Reclassification(revision.date().toString(), "git " + revision.shortId(),
                                change.item(), change.before(), change.after(), change.becauseBefore(),
                                change.becauseAfter(), revision.message()));
                    }
                }
                previous = current;
            }
        } catch (IOException | InvalidInputException e) {
            notes.add("the git history could not be read: " + e.getMessage());
        }
        return new Result(changes, notes);
    }

    private static ClassificationResult classify(WorkspaceRepository repository,
                                                 WorkspaceRepository.Revision revision, List<String> notes) {
        try {
            Workspace workspace = repository.load(revision.id());
            if (workspace.safetyModel().isEmpty()) {
                notes.add("revision " + revision.shortId() + " skipped: its workspace has "
                        + workspace.problems().errorCount() + " errors");
                return null;
            }
            return Classifications.run(workspace.safetyModel().get());
        } catch (InvalidInputException e) {
            notes.add("revision " + revision.shortId() + " skipped: " + e.getMessage());
            return null;
        }
    }
}
