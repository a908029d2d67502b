package org.hazlab.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.io.LoadReport;
import org.hazlab.core.io.LoadedTable;

/**
 * The traceability tables of a workspace as loaded (what users query in the shell) and the traceability built
 * from them. A table the workspace does not have is null here and absent from {@link #loadReports()}.
 *
 * @param requirements  the requirements table, or null
 * @param verifications the verifications table, or null
 * @param evidence      the activity evidence table, or null
 * @param traceability  the model built from the tables
 */
public record TraceTables(LoadedTable requirements, LoadedTable verifications, LoadedTable evidence,
                          Traceability traceability) {

    public TraceTables {
        traceability = traceability == null ? Traceability.none() : traceability;
    }

    /** No traceability tables. */
    public static TraceTables none() {
        return new TraceTables(null, null, null, Traceability.none());
    }

    public Optional<LoadedTable> requirementsTable() {
        return Optional.ofNullable(requirements);
    }

    public Optional<LoadedTable> verificationsTable() {
        return Optional.ofNullable(verifications);
    }

    public Optional<LoadedTable> evidenceTable() {
        return Optional.ofNullable(evidence);
    }

    /** Load reports of the tables present, in schema order. */
    public List<LoadReport> loadReports() {
        List<LoadReport> reports = new ArrayList<>();
        requirementsTable().ifPresent(t -> reports.add(t.report()));
        verificationsTable().ifPresent(t -> reports.add(t.report()));
        evidenceTable().ifPresent(t -> reports.add(t.report()));
        return reports;
    }
}
