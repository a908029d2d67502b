package org.hazlab.core.check;

import java.util.List;
import java.util.Map;
import org.hazlab.core.problem.Problem;

/**
 * What {@code hazlab check} found in a workspace, as data: the same record feeds the text and the JSON output, so
 * the two can never disagree. Counts are in a stable order (files in load order, severities in scale order,
 * items in definition order).
 *
 * @param workspace  workspace name
 * @param root       workspace folder as given
 * @param policy     name and source of the risk policy in force
 * @param valid      true when there is no error and the model was built
 * @param errors     number of errors (including any beyond the display cap)
 * @param warnings   number of warnings
 * @param files      one entry per file read
 * @param severities hazards per severity level, lowest first; unknown levels as written, last
 * @param items      per item, the hazards naming it and the controls it implements
 * @param incidents  incident totals, per event type, and the date range
 * @param problems   the problems kept for display
 * @param omitted    per file, problems found beyond the display cap
 */
public record CheckReport(String workspace, String root, String policy, boolean valid, int errors, int warnings,
                          List<FileCount> files, List<LevelCount> severities, List<ItemCount> items,
                          IncidentCount incidents, List<Problem> problems, Map<String, Integer> omitted) {

    /** Row accounting of one file: {@code loaded + rejected == read}. */
    public record FileCount(String table, String file, String encoding, int read, int loaded, int rejected,
                            List<String> extraColumns) {
    }

    /** Number of hazards at one severity level. */
    public record LevelCount(String level, String harm, int hazards) {
    }

    /** One software item and what the hazard log and controls say of it. */
    public record ItemCount(String id, String name, String parent, int hazards, int controlsImplemented,
                            boolean segregated) {
    }

    /** Incident totals. Dates are ISO strings, empty when there are no dated incidents. */
    public record IncidentCount(int reports, String firstReceived, String lastReceived,
                                Map<String, Integer> byEventType) {
    }
}
