package org.hazlab.core.workspace;

import static org.hazlab.core.io.FieldSpec.optional;
import static org.hazlab.core.io.FieldSpec.required;

import java.util.List;
import org.hazlab.core.incidents.IncidentFields;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskFactor;

/**
 * The four tables of a workspace and their fields, with the header spellings recognised without a mapping.
 * docs/data-formats.md documents the same list; {@code DataFormatsDocTest} keeps the two in step.
 */
public final class WorkspaceSchemas {

    private static final FieldType TEXT = new FieldType.Text();
    private static final FieldType ID = new FieldType.Identifier();
    private static final FieldType IDS = new FieldType.IdentifierList();
    private static final FieldType YES_NO = new FieldType.YesNo();
    /** Spellings of a control kind ({@link ControlKind}) accepted in data files; the model knows nothing of files. */
    private static final FieldType.Choice CONTROL_KIND = FieldType.Choice.of(
            "hardware=hw|hardware interlock|interlock|mechanical|electrical",
            "software=sw|software check|software control|firmware",
            "human=clinical procedure|procedure|clinician|user|operator|human procedure|clinical",
            "independent-system=independent|independent software system|external system|separate system",
            "labelling=labeling|label|ifu|information for safety|warning|instructions for use");

    /** Spellings of the factor a control lowers ({@link RiskFactor}). */
    private static final FieldType.Choice RISK_FACTOR = FieldType.Choice.of(
            "severity=sev|s|harm", "probability=prob|p|likelihood|occurrence");

    public static final TableSchema ITEMS = new TableSchema("items", List.of(
            required("id", ID, "unique id of the software item",
                    "item id", "item", "software item id", "software item", "sw item", "component id", "item no"),
            optional("name", TEXT, "display name", "item name", "software item name", "title", "component"),
            optional("parent", ID, "id of the item this one decomposes; empty for a top-level item",
                    "parent id", "parent item", "part of", "belongs to"),
            optional("description", TEXT, "what the item does", "desc", "function", "purpose"),
            optional("segregated", YES_NO, "yes when the item is claimed segregated from its parent's other items",
                    "segregation", "is segregated"),
            optional("segregation_rationale", TEXT, "why the segregation is effective (IEC 62304 5.3.5)",
                    "segregation justification", "segregation reason"),
            optional("no_contribution_rationale", TEXT,
                    "why the item cannot contribute to a hazardous situation (item analysed, not in the log)",
                    "cannot contribute", "no contribution", "not safety relevant rationale",
                    "non contributing rationale"),
            optional("recorded_class", FieldType.Choice.of("A=class a", "B=class b", "C=class c"),
                    "safety class recorded by hand, compared with the computed one",
                    "class", "safety class", "software safety class", "62304 class", "recorded safety class"),
            optional("class_rationale", TEXT, "why the item may take a class lower than its children's",
                    "classification rationale")));

    public static final TableSchema HAZARDS = new TableSchema("hazards", List.of(
            required("id", ID, "unique id of the hazard (row of the hazard log)",
                    "hazard id", "haz id", "hazard no", "hazard number", "hazard ref", "ref", "no", "nr"),
            optional("title", TEXT, "short name of the hazard", "hazard", "hazard description", "hazard name",
                    "description"),
            optional("items", IDS, "ids of the software items whose failure can contribute",
                    "software items", "software item", "item", "item ids", "items involved", "contributing items",
                    "sw items"),
            optional("situation", TEXT, "the hazardous situation", "hazardous situation", "sequence of events"),
            optional("harm", TEXT, "the harm that may result", "resulting harm", "potential harm"),
            optional("severity", TEXT, "severity level of the policy (name, alias or rank)",
                    "sev", "severity level", "s"),
            optional("probability", TEXT, "probability-of-harm level of the policy (name, alias or rank)",
                    "prob", "probability of harm", "p", "likelihood", "occurrence"),
            optional("controls", IDS, "ids of the risk controls applied",
                    "risk controls", "risk control", "control ids", "mitigations", "risk control measures", "rcm"),
            optional("notes", TEXT, "free notes", "comments", "remarks", "comment")));

    public static final TableSchema CONTROLS = new TableSchema("controls", List.of(
            required("id", ID, "unique id of the risk control",
                    "control id", "rcm id", "risk control id", "measure id", "control no"),
            optional("description", TEXT, "what the control does",
                    "control", "risk control", "measure", "risk control measure", "desc"),
            required("kind", CONTROL_KIND,
                    "hardware, software, human, independent-system or labelling", "type", "control type", "category"),
            optional("external", YES_NO,
                    "whether the control is external to the software system; defaults by kind (all but software)",
                    "external to software", "is external", "outside software", "external control"),
            optional("reduces", RISK_FACTOR, "the factor the control lowers: severity or probability",
                    "reduced factor", "effect", "lowers"),
            optional("reduces_to", TEXT, "the level (of that factor's scale) the control lowers the risk to",
                    "reduced to", "residual level", "reduces to level"),
            optional("reduces_by", new FieldType.WholeNumber(),
                    "the number of levels the control lowers that factor by (instead of reduces_to)",
                    "reduced by", "levels reduced", "reduction levels", "reduces by levels"),
            optional("implemented_by", ID, "id of the software item implementing a software control",
                    "implementing item", "implemented in", "software item", "item")));

    /** The incident fields; defined with the importers that read them ({@link IncidentFields}). */
    public static final TableSchema INCIDENTS = IncidentFields.SCHEMA;

    /** All workspace tables, in the order they are loaded and shown. */
    public static final List<TableSchema> ALL = List.of(ITEMS, HAZARDS, CONTROLS, INCIDENTS);

    private WorkspaceSchemas() {
    }
}
