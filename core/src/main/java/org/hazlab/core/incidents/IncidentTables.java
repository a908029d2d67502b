package org.hazlab.core.incidents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Moves incidents between the columnar {@link IncidentStore} and Tablesaw tables: a view of (some) rows as a
 * table for users and reports, and a store from a workspace's typed incidents table (the columns of
 * docs/data-formats.md), so the review works on whichever the caller has.
 */
public final class IncidentTables {

    private IncidentTables() {
    }

    /** All rows as a table with the incident fields (narratives included: meant for modest row counts). */
    public static Table view(IncidentStore store) {
        return view(store, row -> true);
    }

    /** The rows a predicate selects, as a table. */
    public static Table view(IncidentStore store, IntPredicate rows) {
        StringColumn id = StringColumn.create("id");
        DateColumn received = DateColumn.create("date_received");
        DateColumn eventDate = DateColumn.create("event_date");
        StringColumn type = StringColumn.create("event_type");
        StringColumn product = StringColumn.create("product_code");
        StringColumn problem = StringColumn.create("problem_code");
        StringColumn hazards = StringColumn.create("hazards");
        StringColumn items = StringColumn.create("items");
        StringColumn outcome = StringColumn.create("outcome");
        StringColumn narrative = StringColumn.create("narrative");
        StringColumn source = StringColumn.create("source");
        StringColumn location = StringColumn.create("location");
        for (int row = 0; row < store.size(); row++) {
            if (!rows.test(row)) {
                continue;
            }
            Incident incident = store.incident(row);
            id.append(incident.id());
            received.append(incident.received());
            eventDate.append(incident.eventDate());
            type.append(incident.eventType().word());
            product.append(incident.productCode());
            problem.append(incident.problemCode());
            hazards.append(String.join("; ", incident.hazards()));
            items.append(String.join("; ", incident.items()));
            outcome.append(incident.outcome());
            narrative.append(incident.narrative());
            source.append(incident.source());
            location.append(incident.location().toString());
        }
        return Table.create("incidents", id, received, eventDate, type, product, problem, hazards, items, outcome,
                narrative, source, location);
    }

    static List<String> ids(String joined) {
        if (joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /** Row counts per value of a code column, as a table ("product_code", "count"), most frequent first. */
    public static Table countBy(IncidentStore store, String column) {
        int[] counts = new int[store.codeCount()];
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < store.size(); row++) {
            counts[switch (column) {
                case "product_code" -> store.productCodeId(row);
                case "problem_code" -> store.problemCodeId(row);
                default -> throw new IllegalArgumentException("not a code column: " + column);
            }]++;
        }
        StringColumn value = StringColumn.create(column);
        IntColumn count = IntColumn.create("count");
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                labels.add(store.codeText(code));
                value.append(store.codeText(code));
                count.append(counts[code]);
            }
        }
        Table result = Table.create(column + " counts", value, count);
        return result.sortDescendingOn("count");
    }
}
