package org.hazlab.core.trace.gaps;

import java.util.Optional;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.workspace.Workspace;

/** The gaps of a loaded workspace, whole or for one item: the service behind {@code hazlab gaps}. */
public final class WorkspaceGaps {

    private WorkspaceGaps() {
    }

    /**
     * @param workspace a valid workspace
     * @param itemId    one item to report on, or null for all
     * @return empty when {@code itemId} names no item
     * @throws IllegalArgumentException when the workspace is not valid
     */
    public static Optional<GapReport> of(Workspace workspace, String itemId) {
        SafetyModel model = workspace.safetyModel().orElseThrow(() ->
                new IllegalArgumentException("the workspace " + workspace.name() + " is not valid"));
        GapReport report = Gaps.of(workspace.name(), model, workspace.traceability());
        if (itemId == null) {
            return Optional.of(report);
        }
        if (model.item(itemId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(report.forItem(itemId, Gaps.controlsOf(itemId, model, workspace.traceability())));
    }
}
