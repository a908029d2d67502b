package org.hazlab.core.incidents;

import static org.hazlab.core.io.FieldSpec.optional;
import static org.hazlab.core.io.FieldSpec.required;

import java.util.List;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.TableSchema;

/**
 * The fields of an incident report as hazlab stores them, with the header spellings recognised without a
 * mapping. They live with the importers (not with the workspace) because every way of reading incidents, the
 * workspace's among them, goes through the importers; {@code WorkspaceSchemas.INCIDENTS} is this schema.
 */
public final class IncidentFields {

    private static final FieldType TEXT = new FieldType.Text();
    private static final FieldType ID = new FieldType.Identifier();
    private static final FieldType IDS = new FieldType.IdentifierList();

    public static final TableSchema SCHEMA = new TableSchema("incidents", List.of(
            required("id", ID, "unique id of the report",
                    "incident id", "report id", "mdr report key", "report number", "report no"),
            optional("date_received", FieldType.Date.iso(), "date the report was received",
                    "received", "receipt date", "date received", "receipt dt"),
            optional("event_date", FieldType.Date.iso(), "date of the event",
                    "date of event", "incident date", "incident dt", "event dt"),
            optional("event_type", FieldType.Choice.of(
                            "death=d|died", "injury=in|il|ij|serious injury", "malfunction=m",
                            "other=o", "no-answer=*|no answer provided|unknown|unassigned"),
                    "death, injury, malfunction, other or no-answer",
                    "type", "event", "incident type"),
            optional("product_code", TEXT, "device product code (e.g. FRN)",
                    "device product code", "product", "pref name code"),
            optional("problem_code", TEXT, "device problem code(s)", "device problem code", "problem codes"),
            optional("hazards", IDS, "ids of hazards this report is linked to", "hazard ids", "hazard",
                    "linked hazards", "hazard id"),
            optional("items", IDS, "ids of software items implicated", "item", "software items", "item ids"),
            optional("outcome", TEXT, "patient outcome as reported", "patient outcome", "hazard severity"),
            optional("narrative", TEXT, "event description", "description", "event description", "text",
                    "foi text", "mdr text"),
            optional("source", TEXT, "who reported it", "reporter", "report source")));

    private IncidentFields() {
    }

    /** The field names, in display order. */
    public static List<String> names() {
        return SCHEMA.fields().stream().map(FieldSpec::name).toList();
    }
}
