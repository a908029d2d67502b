package org.hazlab.core.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.model.Origin;
import org.hazlab.core.problem.NearestName;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;
import tech.tablesaw.api.Table;

/**
 * Builds {@link Traceability} from the three typed tables and checks it against the ids of the safety model:
 * every item, control and requirement named must exist (with a "did you mean" when one is close), ids are
 * unique, and every clause is one of IEC 62304 Table A.1.
 */
public final class TraceAssembler {

    /** The ids the trace tables may refer to. */
    public record KnownIds(String systemId, Set<String> items, Set<String> controls) {
        public KnownIds {
            items = Set.copyOf(items);
            controls = Set.copyOf(controls);
        }
    }

    private final KnownIds known;
    private final List<Problem> problems = new ArrayList<>();

    private TraceAssembler(KnownIds known) {
        this.known = known;
    }

    /**
     * @param requirements  the requirements table, or null when the workspace has none
     * @param verifications the verifications table, or null
     * @param evidence      the activity evidence table, or null
     * @param known         ids of the model
     */
    public static TraceBuild assemble(LoadedTable requirements, LoadedTable verifications, LoadedTable evidence,
                                      KnownIds known) {
        return new TraceAssembler(known).build(requirements, verifications, evidence);
    }

    private TraceBuild build(LoadedTable requirementTable, LoadedTable verificationTable,
                             LoadedTable evidenceTable) {
        Set<String> present = new LinkedHashSet<>();
        List<Requirement> requirements = new ArrayList<>();
        if (requirementTable != null) {
            present.add("requirements");
            Table t = requirementTable.table();
            for (int row = 0; row < t.rowCount(); row++) {
                requirements.add(new Requirement(text(t, "id", row), text(t, "text", row), list(t, "items", row),
                        list(t, "controls", row), origin(requirementTable, TraceSchemas.REQUIREMENTS, row)));
            }
        }
        List<Verification> verifications = new ArrayList<>();
        if (verificationTable != null) {
            present.add("verifications");
            Table t = verificationTable.table();
            for (int row = 0; row < t.rowCount(); row++) {
                verifications.add(new Verification(text(t, "id", row), list(t, "verifies", row),
                        text(t, "method", row), VerificationResult.fromKey(text(t, "result", row)),
                        t.dateColumn("date").get(row), text(t, "evidence", row),
                        origin(verificationTable, TraceSchemas.VERIFICATIONS, row)));
            }
        }
        List<ActivityEvidence> evidence = new ArrayList<>();
        if (evidenceTable != null) {
            present.add("evidence");
            Table t = evidenceTable.table();
            for (int row = 0; row < t.rowCount(); row++) {
                evidence.add(new ActivityEvidence(text(t, "item", row), text(t, "clause", row),
                        text(t, "evidence", row), EvidenceStatus.fromKey(text(t, "status", row)),
                        origin(evidenceTable, TraceSchemas.EVIDENCE, row)));
            }
        }
        checkRequirements(requirements);
        checkVerifications(verifications, requirements);
        checkEvidence(evidence);
        return new TraceBuild(new Traceability(requirements, verifications, evidence, present), problems);
    }

    private void checkRequirements(List<Requirement> requirements) {
        Map<String, Origin> seen = new HashMap<>();
        for (Requirement requirement : requirements) {
            duplicate("requirement", requirement.id(), requirement.origin(), seen);
            requirement.items().stream().filter(id -> !known.items().contains(id)).forEach(id ->
                    dangling("implementing item", "item", id, requirement.origin().at("items"), known.items()));
            requirement.controls().stream().filter(id -> !known.controls().contains(id)).forEach(id ->
                    dangling("control", "risk control", id, requirement.origin().at("controls"), known.controls()));
        }
    }

    private void checkVerifications(List<Verification> verifications, List<Requirement> requirements) {
        Set<String> targets = new TreeSet<>(known.items());
        targets.addAll(known.controls());
        targets.add(known.systemId());
        requirements.forEach(r -> targets.add(r.id()));
        Map<String, Origin> seen = new HashMap<>();
        for (Verification verification : verifications) {
            duplicate("verification", verification.id(), verification.origin(), seen);
            verification.verifies().stream().filter(id -> !targets.contains(id)).forEach(id ->
                    dangling("verified", "requirement, control or item", id,
                            verification.origin().at("verifies"), targets));
        }
    }

    private void checkEvidence(List<ActivityEvidence> evidence) {
        Set<String> items = new TreeSet<>(known.items());
        items.add(known.systemId());
        Set<String> clauses = ActivityCatalogue.iec62304().all().stream().map(Activity::clause)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Origin> seen = new HashMap<>();
        for (ActivityEvidence row : evidence) {
            if (!items.contains(row.item())) {
                dangling("item", "item (or the system id " + known.systemId() + ")", row.item(),
                        row.origin().at("item"), items);
            }
            if (!clauses.contains(row.clause())) {
                problems.add(Problem.error("unknown-clause", row.origin().at("clause"),
                                "'" + row.clause() + "' is not a clause of IEC 62304 Table A.1")
                        .value(row.clause())
                        .expected("a clause such as 5.1.1, 5.3.5 or 9.8 (see hazlab's Table A.1: docs/method.md)")
                        .hint(NearestName.closest(row.clause(), clauses).map(c -> "did you mean '" + c + "'?")
                                .orElse("write the clause number only, without a title"))
                        .build());
            }
            String key = row.item() + " " + row.clause();
            Origin first = seen.putIfAbsent(key, row.origin());
            if (first != null) {
                problems.add(Problem.warning("duplicate-evidence", row.origin().row(),
                                "a second evidence row for " + row.item() + " clause " + row.clause())
                        .hint("the first is at line " + first.line() + "; the rows are both kept").build());
            }
        }
    }

    private void duplicate(String kind, String id, Origin origin, Map<String, Origin> seen) {
        Origin first = seen.putIfAbsent(id, origin);
        if (first != null) {
            problems.add(Problem.error("duplicate-id", origin.at("id"), "duplicate " + kind + " id '" + id + "'")
                    .value(id).hint("the first is at line " + first.line() + "; give each " + kind + " its own id")
                    .related(List.of(first.at("id"))).build());
        }
    }

    private void dangling(String role, String kind, String id, SourceLocation where, Set<String> candidates) {
        problems.add(Problem.error("unknown-reference", where, role + " '" + id + "' is not a known " + kind + " id")
                .value(id)
                .expected("an existing " + kind + " id" + (candidates.isEmpty() ? " (none are defined)" : ""))
                .hint(NearestName.closest(id, candidates).map(c -> "did you mean '" + c + "'?")
                        .orElse("define it or correct the reference"))
                .build());
    }

    private static Origin origin(LoadedTable table, TableSchema schema, int row) {
        Map<String, Integer> columns = new HashMap<>();
        for (FieldSpec field : schema.fields()) {
            table.columnOf(field.name()).ifPresent(column -> columns.put(field.name(), column));
        }
        return new Origin(table.source(), table.lineOf(row), columns);
    }

    private static String text(Table table, String column, int row) {
        String value = table.stringColumn(column).get(row);
        return value == null ? "" : value;
    }

    private static List<String> list(Table table, String column, int row) {
        return FieldType.IdentifierList.split(text(table, column, row));
    }
}
