package org.hazlab.core.trace;

import static org.hazlab.core.io.FieldSpec.optional;
import static org.hazlab.core.io.FieldSpec.required;

import java.util.List;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.TableSchema;

/**
 * The three optional traceability tables of a workspace (requirements, verifications, activity evidence) with the
 * header spellings recognised without a mapping. Kept next to the trace model rather than in the workspace
 * package so that the traceability code stands on its own; docs/data-formats.md and docs/traceability.md list the
 * same fields ({@code DataFormatsDocTest}).
 */
public final class TraceSchemas {

    private static final FieldType TEXT = new FieldType.Text();
    private static final FieldType ID = new FieldType.Identifier();
    private static final FieldType IDS = new FieldType.IdentifierList();

    public static final TableSchema REQUIREMENTS = new TableSchema("requirements", List.of(
            required("id", ID, "unique id of the software requirement",
                    "requirement id", "req id", "requirement", "req", "srs id", "requirement no"),
            optional("text", TEXT, "what the software shall do",
                    "requirement text", "description", "statement", "shall", "title"),
            optional("items", IDS, "ids of the software items that implement the requirement",
                    "software items", "implemented by", "implementing items", "item", "allocated to"),
            optional("controls", IDS, "ids of the risk controls the requirement implements (IEC 62304 5.2.3)",
                    "risk controls", "risk control", "control ids", "implements control", "rcm")));

    public static final TableSchema VERIFICATIONS = new TableSchema("verifications", List.of(
            required("id", ID, "unique id of the verification (test case, review, analysis)",
                    "verification id", "test id", "test case", "test case id", "tc id", "test"),
            required("verifies", IDS, "ids of the requirements, risk controls or items verified",
                    "verified", "covers", "traces to", "requirements", "requirement ids", "tested items"),
            optional("method", TEXT, "test, inspection, analysis or review",
                    "verification method", "type", "test type"),
            optional("result", VerificationResult.FIELD_TYPE, "pass, fail or not-run",
                    "outcome", "status", "verdict", "test result"),
            optional("date", FieldType.Date.iso(), "date the verification was run",
                    "run date", "executed", "execution date", "test date"),
            optional("evidence", TEXT, "reference of the record (report number, URL, document id)",
                    "evidence reference", "record", "report", "reference", "test report")));

    public static final TableSchema EVIDENCE = new TableSchema("evidence", List.of(
            required("item", ID, "id of the software item, or the system's id for evidence covering every item",
                    "item id", "software item", "software item id", "system or item"),
            required("clause", TEXT, "IEC 62304 clause of Table A.1 (e.g. 5.3.5)",
                    "activity", "62304 clause", "iec 62304 clause", "clause no", "activity clause"),
            optional("evidence", TEXT, "reference of the record (document id, URL)",
                    "evidence reference", "record", "document", "reference", "deliverable"),
            optional("status", EvidenceStatus.FIELD_TYPE, "done, in-progress, planned or not-applicable",
                    "state", "evidence status", "completion")));

    /** The traceability tables, in the order they are loaded and shown. */
    public static final List<TableSchema> ALL = List.of(REQUIREMENTS, VERIFICATIONS, EVIDENCE);

    private TraceSchemas() {
    }
}
