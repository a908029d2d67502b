package org.hazlab.core.check;

import java.util.Locale;
import org.hazlab.core.problem.Problem;

/**
 * Renders a {@link CheckReport} for a terminal: a summary a user can scan in a few seconds, then every problem
 * with its location, then one verdict line.
 */
public final class CheckTextRenderer {

    private CheckTextRenderer() {
    }

    public static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Workspace  ").append(report.workspace()).append("  (").append(report.root()).append(")\n");
        out.append("Policy     ").append(report.policy()).append("\n\n");

        int fileWidth = Math.max(4, report.files().stream().mapToInt(f -> f.file().length()).max().orElse(4));
        out.append(String.format(Locale.ROOT, "%-13s %-" + fileWidth + "s %8s %8s %9s  %s%n",
                "Table", "File", "read", "loaded", "rejected", "encoding"));
        for (CheckReport.FileCount file : report.files()) {
            out.append(String.format(Locale.ROOT, "%-13s %-" + fileWidth + "s %8s %8s %9s  %s%n", file.table(),
                    file.file(), count(file.read()), count(file.loaded()), count(file.rejected()), file.encoding()));
            if (!file.extraColumns().isEmpty()) {
                out.append("           kept as extra text columns: ")
                        .append(String.join(", ", file.extraColumns())).append('\n');
            }
        }

        out.append("\nHazards by severity\n");
        for (CheckReport.LevelCount level : report.severities()) {
            out.append(String.format(Locale.ROOT, "  %-14s %5d   %s%n", level.level(), level.hazards(),
                    level.harm()));
        }

        if (!report.items().isEmpty()) {
            int idWidth = Math.max(4, report.items().stream().mapToInt(i -> i.id().length()).max().orElse(4));
            out.append("\nItems").append(" ".repeat(idWidth - 1))
                    .append("hazards  controls  parent\n");
            for (CheckReport.ItemCount item : report.items()) {
                out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s %8d %9d  %s%s%n", item.id(),
                        item.hazards(), item.controlsImplemented(), item.parent().isEmpty() ? "-" : item.parent(),
                        item.segregated() ? "  (segregated)" : ""));
            }
        }

        CheckReport.IncidentCount incidents = report.incidents();
        if (incidents.reports() > 0) {
            out.append("\nIncidents  ").append(count(incidents.reports())).append(" reports");
            if (!incidents.firstReceived().isEmpty()) {
                out.append(", received ").append(incidents.firstReceived()).append(" to ")
                        .append(incidents.lastReceived());
            }
            out.append('\n');
            incidents.byEventType().forEach((type, n) ->
                    out.append(String.format(Locale.ROOT, "  %-14s %7s%n", type, count(n))));
        }

        out.append("\nProblems   ").append(report.errors()).append(report.errors() == 1 ? " error, " : " errors, ")
                .append(report.warnings()).append(report.warnings() == 1 ? " warning" : " warnings").append('\n');
        for (Problem problem : report.problems()) {
            out.append(problem.format()).append('\n');
        }
        report.omitted().forEach((file, n) -> out.append(file).append(": ").append(n)
                .append(" more problems not shown (use --format json for the first ones, fix these first)\n"));
        out.append('\n').append(report.valid() ? "OK: the workspace is valid"
                : "INVALID: " + report.errors() + (report.errors() == 1 ? " error" : " errors") + " to fix")
                .append('\n');
        return out.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
