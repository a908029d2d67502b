package org.hazlab.dsl;

import java.util.List;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import tech.tablesaw.api.Table;

/**
 * What {@code workspace '...'} gives a script: the typed tables as loaded (to query and filter), the risk policy
 * and the validated model. Every DSL word that takes a model also takes this. Groovy reads the getters as
 * properties: {@code ws.hazards}, {@code ws.model}.
 */
public final class WorkspaceData {

    private final Workspace workspace;
    private Incidents incidents;

    WorkspaceData(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The loaded workspace of core, for Java code. */
    public Workspace getWorkspace() {
        return workspace;
    }

    public String getName() {
        return workspace.name();
    }

    /** The model; a workspace that has errors has none, and asking for it reports every problem. */
    public SafetyModel getModel() {
        try {
            return workspace.model().orThrow();
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    public Table getItems() {
        return workspace.items().table();
    }

    public Table getHazards() {
        return workspace.hazards().table();
    }

    public Table getControls() {
        return workspace.controls().table();
    }

    /** The workspace's incidents as the importers read them (columnar; {@code .table} for the Tablesaw view). */
    public synchronized Incidents getIncidents() {
        if (incidents == null) {
            incidents = new Incidents(workspace.incidents());
        }
        return incidents;
    }

    public RiskPolicy getPolicy() {
        return workspace.policy();
    }

    public List<Problem> getProblems() {
        return workspace.problemList();
    }

    /** The problems as a table (severity, location, code, message), e.g. to save with a report. */
    public Table getProblemTable() {
        return ConsistencyChecks.table(workspace.problemList());
    }

    @Override
    public String toString() {
        SafetyModel model = workspace.safetyModel().orElse(null);
        return "workspace " + workspace.name() + ": " + (model == null ? "invalid" : model.items().size()
                + " items, " + model.hazards().size() + " hazards, " + model.controls().size() + " controls")
                + ", " + workspace.problemList().size() + " problems";
    }
}
