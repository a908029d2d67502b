package org.hazlab.core.trace.record;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.trace.gaps.GapReport;
import org.hazlab.core.trace.gaps.Gaps;
import org.hazlab.core.workspace.Workspace;

/**
 * The content of the software safety classification record (the document filed in the design history file):
 * everything it says, gathered once, so that its Markdown, HTML and JSON renderings say the same thing.
 *
 * @param workspace the workspace
 * @param model     its valid model
 * @param classes   the IEC 62304 (A1) result
 * @param gaps      the evidence status of every required activity
 * @param findings  the auditor checks' findings
 * @param history   reclassifications from the review history and git, oldest first
 * @param notes     what the history could and could not read
 * @param options   the record's options
 */
public record ClassificationRecord(Workspace workspace, SafetyModel model, ClassificationResult classes,
                                   GapReport gaps, List<Problem> findings, List<Reclassification> history,
                                   List<String> notes, RecordOptions options) {

    public ClassificationRecord {
        findings = List.copyOf(findings);
        history = List.copyOf(history);
        notes = List.copyOf(notes);
    }

    /**
     * Gathers the record of a valid workspace.
     *
     * @throws IllegalArgumentException when the workspace is not valid
     */
    public static ClassificationRecord of(Workspace workspace, RecordOptions options) {
        SafetyModel model = workspace.safetyModel().orElseThrow(() ->
                new IllegalArgumentException("the workspace " + workspace.name() + " is not valid"));
        ClassificationResult classes = Classifications.run(model);
        GapReport gaps = Gaps.of(workspace.name(), model, workspace.traceability(), classes);
        List<Reclassification> history = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (options.reviewHistory() != null) {
            ClassificationHistory.Result reviews = ClassificationHistory.fromReviews(options.reviewHistory());
            history.addAll(reviews.changes());
            notes.addAll(reviews.notes());
        }
        if (options.gitHistory()) {
            ClassificationHistory.Result git = ClassificationHistory.fromGit(workspace.root());
            history.addAll(git.changes());
            notes.addAll(git.notes());
        }
        history.sort(java.util.Comparator.comparing(Reclassification::date));
        return new ClassificationRecord(workspace, model, classes, gaps, ConsistencyChecks.run(model), history,
                notes, options);
    }

    /** The item rows of the result (the system row first). */
    public List<ItemClassification> rows() {
        return classes.rows();
    }
}
