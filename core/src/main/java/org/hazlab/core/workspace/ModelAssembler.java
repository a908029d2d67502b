package org.hazlab.core.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.ModelBuild;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.model.SystemProfile;
import org.hazlab.core.policy.RiskPolicy;
import tech.tablesaw.api.Table;

/**
 * Builds a {@link SafetyModel} from the typed items, hazards and controls tables. Each element keeps the file,
 * line and columns it came from, so model validation reports point at the user's cells.
 */
public final class ModelAssembler {

    private ModelAssembler() {
    }

    public static ModelBuild assemble(SystemProfile system, RiskPolicy policy, LoadedTable items,
                                      LoadedTable hazards, LoadedTable controls) {
        SafetyModel.Builder builder = SafetyModel.builder(policy).system(system);
        Table itemTable = items.table();
        for (int row = 0; row < itemTable.rowCount(); row++) {
            builder.item(new SoftwareItem(
                    text(itemTable, "id", row), text(itemTable, "name", row), text(itemTable, "parent", row),
                    text(itemTable, "description", row), flag(itemTable, "segregated", row, false),
                    text(itemTable, "segregation_rationale", row), text(itemTable, "no_contribution_rationale", row),
                    text(itemTable, "recorded_class", row), text(itemTable, "class_rationale", row),
                    origin(items, WorkspaceSchemas.ITEMS, row)));
        }
        Table hazardTable = hazards.table();
        for (int row = 0; row < hazardTable.rowCount(); row++) {
            builder.hazard(new Hazard(
                    text(hazardTable, "id", row), text(hazardTable, "title", row), list(hazardTable, "items", row), text(hazardTable, "situation", row),
                    text(hazardTable, "harm", row), text(hazardTable, "severity", row),
                    text(hazardTable, "probability", row), list(hazardTable, "controls", row),
                    text(hazardTable, "notes", row), origin(hazards, WorkspaceSchemas.HAZARDS, row)));
        }
        Table controlTable = controls.table();
        for (int row = 0; row < controlTable.rowCount(); row++) {
            ControlKind kind = ControlKind.fromKey(text(controlTable, "kind", row));
            String reduces = text(controlTable, "reduces", row);
            builder.control(new RiskControl(
                    text(controlTable, "id", row), text(controlTable, "description", row), kind,
                    flag(controlTable, "external", row, kind.externalByDefault()),
                    reduces.isEmpty() ? null : RiskFactor.fromKey(reduces), text(controlTable, "reduces_to", row),
                    whole(controlTable, "reduces_by", row), text(controlTable, "implemented_by", row), origin(controls, WorkspaceSchemas.CONTROLS, row)));
        }
        return builder.build();
    }

    private static Origin origin(LoadedTable table, TableSchema schema, int row) {
        Map<String, Integer> columns = new HashMap<>();
        for (FieldSpec field : schema.fields()) {
            table.columnOf(field.name()).ifPresent(column -> columns.put(field.name(), column));
        }
        return new Origin(table.source(), table.lineOf(row), columns);
    }

    private static String text(Table table, String column, int row) {
        return table.stringColumn(column).get(row);
    }

    private static List<String> list(Table table, String column, int row) {
        return FieldType.IdentifierList.split(table.stringColumn(column).get(row));
    }

    private static int whole(Table table, String column, int row) {
        Integer value = table.intColumn(column).get(row);
        return value == null ? 0 : value;
    }

    private static boolean flag(Table table, String column, int row, boolean whenEmpty) {
        Boolean value = table.booleanColumn(column).get(row);
        return value == null ? whenEmpty : value;
    }
}
