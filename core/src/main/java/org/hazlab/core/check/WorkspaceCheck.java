package org.hazlab.core.check;

import java.time.LocalDate;
import org.hazlab.core.incidents.IncidentStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.LoadReport;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Summarises a loaded workspace for {@code hazlab check}. Counts come from the tables as loaded, not from the
 * model, so that a workspace with errors still gets its summary next to its problems. A valid workspace also gets
 * the auditor's consistency findings that {@code hazlab classify} prints (docs/method.md), as warnings, so a
 * workspace is never "valid, 0 warnings" while its classification raises a finding.
 */
public final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    /**
     * Findings of {@link ConsistencyChecks} that model validation already reports under its own code
     * ({@code missing-estimate}, the {@code segregation-without-rationale} error), so they are not repeated.
     */
    private static final Set<String> REPORTED_BY_VALIDATION = Set.of("hazard-without-estimate",
            "segregation-without-rationale");

    public static CheckReport of(Workspace workspace) {
        RiskPolicy policy = workspace.policy();
        List<Problem> findings = workspace.safetyModel().map(model -> ConsistencyChecks.run(model).stream()
                .filter(p -> !REPORTED_BY_VALIDATION.contains(p.code())).toList()).orElse(List.of());
        List<Problem> problems = new ArrayList<>(workspace.problemList());
        problems.addAll(findings);
        List<CheckReport.FileCount> files = workspace.loadReports().stream()
                .filter(report -> report.rowsRead() > 0 || !report.boundColumns().isEmpty())
                .map(WorkspaceCheck::fileCount).toList();
        return new CheckReport(workspace.name(), workspace.root().toString(),
                policy.name() + " (" + policy.source() + ")", workspace.isValid(),
                workspace.problems().errorCount(), workspace.problems().warningCount() + findings.size(), files,
                severities(workspace.hazards().table(), policy), items(workspace),
                incidents(workspace.incidentStore()), inReadingOrder(problems),
                workspace.problems().omitted());
    }

    /** Problems sorted by file, line and column, so they read top to bottom like the files themselves. */
    private static List<Problem> inReadingOrder(List<Problem> problems) {
        return problems.stream().sorted(Comparator
                .comparing((Problem p) -> p.location().file())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column())).toList();
    }

    private static CheckReport.FileCount fileCount(LoadReport report) {
        return new CheckReport.FileCount(report.table(), report.source(), report.encoding(), report.rowsRead(),
                report.loaded(), report.rejected(), report.extraColumns());
    }

    private static List<CheckReport.LevelCount> severities(Table hazards, RiskPolicy policy) {
        Map<String, Integer> known = new LinkedHashMap<>();
        policy.severity().levels().forEach(level -> known.put(level.name(), 0));
        Map<String, Integer> unknown = new TreeMap<>();
        for (String written : hazards.stringColumn("severity")) {
            String key = written == null || written.isBlank() ? "(none)" : written.strip();
            policy.severity().find(key).map(Level::name).ifPresentOrElse(
                    name -> known.merge(name, 1, Integer::sum), () -> unknown.merge(key, 1, Integer::sum));
        }
        List<CheckReport.LevelCount> counts = new ArrayList<>();
        known.forEach((name, count) -> counts.add(new CheckReport.LevelCount(name,
                policy.severity().level(name).harmCategory().map(h -> h.words()).orElse(""), count)));
        unknown.forEach((name, count) -> counts.add(new CheckReport.LevelCount(name,
                name.equals("(none)") ? "not estimated" : "unknown level", count)));
        return counts;
    }

    private static List<CheckReport.ItemCount> items(Workspace workspace) {
        Table items = workspace.items().table();
        Map<String, Integer> hazardsPerItem = new LinkedHashMap<>();
        for (String list : workspace.hazards().table().stringColumn("items")) {
            FieldType.IdentifierList.split(list).forEach(id -> hazardsPerItem.merge(id, 1, Integer::sum));
        }
        Map<String, Integer> controlsPerItem = new LinkedHashMap<>();
        for (String id : workspace.controls().table().stringColumn("implemented_by")) {
            if (!id.isBlank()) {
                controlsPerItem.merge(id, 1, Integer::sum);
            }
        }
        List<CheckReport.ItemCount> counts = new ArrayList<>();
        for (int row = 0; row < items.rowCount(); row++) {
            String id = items.stringColumn("id").get(row);
            Boolean segregated = items.booleanColumn("segregated").get(row);
            counts.add(new CheckReport.ItemCount(id, items.stringColumn("name").get(row),
                    items.stringColumn("parent").get(row), hazardsPerItem.getOrDefault(id, 0),
                    controlsPerItem.getOrDefault(id, 0), Boolean.TRUE.equals(segregated)));
        }
        return counts;
    }

    private static CheckReport.IncidentCount incidents(IncidentStore incidents) {
        Map<String, Integer> byType = new TreeMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int row = 0; row < incidents.size(); row++) {
            byType.merge(incidents.eventType(row).word(), 1, Integer::sum);
            int day = incidents.receivedDay(row);
            if (day != IncidentStore.NO_DATE) {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        return new CheckReport.IncidentCount(incidents.size(),
                first == Integer.MAX_VALUE ? "" : LocalDate.ofEpochDay(first).toString(),
                first == Integer.MAX_VALUE ? "" : LocalDate.ofEpochDay(last).toString(), byType);
    }
}
