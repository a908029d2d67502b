package org.hazlab.core.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentTables;
import org.hazlab.core.io.LoadReport;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.model.ModelBuild;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.ProblemLog;
import org.hazlab.core.trace.TraceTables;
import org.hazlab.core.trace.Traceability;
import tech.tablesaw.api.Table;

/**
 * A loaded workspace: the typed tables as read (what users query), the risk policy, the model built from the
 * tables when they are valid, and every problem found on the way. Loading never throws for bad content; the
 * problems say what is wrong, and {@link #isValid()} whether the model could be built.
 *
 * @param name      workspace name
 * @param root      the workspace folder as given
 * @param policy    the risk policy in force (the workspace's or the default)
 * @param items     software items table
 * @param hazards   hazard log table
 * @param controls  risk controls table
 * @param incidents the incident files read by the importers into one columnar store, with their counts
 * @param model     the model build (the model itself only when valid)
 * @param problems  every problem, capped per file
 * @param trace     the optional requirements, verifications and activity evidence (docs/traceability.md)
 */
public record Workspace(String name, Path root, RiskPolicy policy, LoadedTable items, LoadedTable hazards,
                        LoadedTable controls, ImportResult incidents, ModelBuild model, ProblemLog problems,
                        TraceTables trace) {

    public Workspace {
        trace = trace == null ? TraceTables.none() : trace;
    }

    /** The requirements, verifications and evidence, empty when the workspace has no such tables. */
    public Traceability traceability() {
        return trace.traceability();
    }

    public boolean isValid() {
        return !problems.hasErrors() && model.isValid();
    }

    /** The validated model, when the workspace is valid. */
    public Optional<SafetyModel> safetyModel() {
        return model.modelIfValid().filter(m -> !problems.hasErrors());
    }

    /** The incidents of every incident file, in the columnar store the review and grouping work on. */
    public IncidentStore incidentStore() {
        return incidents.incidents();
    }

    /** All incident rows as a Tablesaw table built from the store (narratives included: for modest sizes). */
    public Table incidentTable() {
        return IncidentTables.view(incidents.incidents());
    }

    /** The load report of every file read, in load order. */
    public List<LoadReport> loadReports() {
        java.util.ArrayList<LoadReport> reports = new java.util.ArrayList<>();
        reports.add(items.report());
        reports.add(hazards.report());
        reports.add(controls.report());
        for (ImportResult.FileCount file : incidents.files()) {
            List<Problem> ofFile = incidents.problems().stream()
                    .filter(p -> p.location().file().equals(file.file())).toList();
            reports.add(new LoadReport(file.file(), "incidents", "", (int) file.read(), (int) file.loaded(),
                    (int) file.rejected(), java.util.Map.of(), List.of(), ofFile));
        }
        reports.addAll(trace.loadReports());
        return List.copyOf(reports);
    }

    public List<Problem> problemList() {
        return problems.problems();
    }
}
