package org.hazlab.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a {@link RawTable} into a typed Tablesaw table following a {@link TableSchema}. Every schema field becomes
 * a column of its declared type (empty when the file lacks it), extra headers become text columns, and a row
 * with any cell that does not fit its field is rejected whole, with one problem per bad cell. The row accounting
 * is checked by {@link LoadReport}: nothing is dropped without a reason.
 */
public final class TypedTableLoader {

    private TypedTableLoader() {
    }

    /** A table with the schema's columns and no rows, for a table the workspace does not have. */
    public static LoadedTable empty(TableSchema schema, String label) {
        List<String> headers = schema.fields().stream().map(FieldSpec::name).toList();
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i <= headers.size(); i++) {
            columns.add(i);
        }
        return load(new RawTable(label, headers, columns, 0, List.of(), 0, List.of(), ""), schema, Map.of());
    }

    public static LoadedTable load(RawTable raw, TableSchema schema, Map<String, String> explicitMapping) {
        ColumnBinding binding = ColumnBinding.bind(raw, schema, explicitMapping);
        List<Problem> problems = new ArrayList<>(raw.problems());
        problems.addAll(binding.problems());

        Table table = Table.create(schema.name());
        Map<String, Column<?>> fieldColumns = new LinkedHashMap<>();
        for (FieldSpec field : schema.fields()) {
            Column<?> column = newColumn(field.name(), field.type().storage());
            fieldColumns.put(field.name(), column);
            table.addColumns(column);
        }
        Map<Integer, StringColumn> extraColumns = new LinkedHashMap<>();
        List<String> extraNames = new ArrayList<>();
        Set<String> usedNames = new HashSet<>(fieldColumns.keySet());
        Map<String, String> boundHeaders = new LinkedHashMap<>();
        Map<String, Integer> sourceColumns = new LinkedHashMap<>();
        Map<String, Integer> headerIndexOfField = new LinkedHashMap<>();
        for (int i = 0; i < raw.headers().size(); i++) {
            FieldSpec field = binding.fieldByHeaderIndex().get(i);
            if (field != null) {
                boundHeaders.put(field.name(), raw.headers().get(i));
                sourceColumns.put(field.name(), raw.columnNumbers().get(i));
                headerIndexOfField.put(field.name(), i);
            } else {
                String name = uniqueName(raw.headers().get(i), usedNames);
                StringColumn extra = StringColumn.create(name);
                extraColumns.put(i, extra);
                extraNames.add(name);
                table.addColumns(extra);
            }
        }

        boolean allRejected = !binding.missingRequired().isEmpty();
        List<Integer> lines = new ArrayList<>();
        int rejected = raw.rejectedRows();
        Object[] values = new Object[raw.headers().size()];
        for (RawRow row : raw.rows()) {
            if (allRejected) {
                rejected++;
                continue;
            }
            List<Problem> rowProblems = convertRow(raw, schema, binding, row, values);
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                rejected++;
                continue;
            }
            for (FieldSpec field : schema.fields()) {
                Integer index = headerIndexOfField.get(field.name());
                append(fieldColumns.get(field.name()), index == null ? null : values[index]);
            }
            extraColumns.forEach((index, column) -> column.append(row.cell(index).strip()));
            lines.add(row.line());
        }
        int loaded = lines.size();
        LoadReport report = new LoadReport(raw.source(), schema.name(), raw.encoding(), raw.rowsRead(), loaded,
                rejected, boundHeaders, extraNames, problems);
        return new LoadedTable(table, lines.stream().mapToInt(Integer::intValue).toArray(), sourceColumns, report);
    }

    private static List<Problem> convertRow(RawTable raw, TableSchema schema, ColumnBinding binding, RawRow row,
                                            Object[] values) {
        List<Problem> rowProblems = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            values[i] = null;
            FieldSpec field = binding.fieldByHeaderIndex().get(i);
            if (field == null) {
                continue;
            }
            String text = row.cell(i).strip();
            SourceLocation where = new SourceLocation(raw.source(), row.line(), raw.columnNumbers().get(i));
            if (text.isEmpty()) {
                if (field.required()) {
                    rowProblems.add(Problem.error("missing-value", where,
                                    "row rejected: required field '" + field.name() + "' is empty")
                            .expected(field.type().describe()).build());
                }
                continue;
            }
            FieldType.Conversion conversion = field.type().convert(text);
            if (conversion.failed()) {
                rowProblems.add(Problem.error("bad-value", where,
                                "row rejected: '" + raw.headers().get(i) + "' is not " + field.type().describe())
                        .value(text).expected(conversion.expected()).hint(conversion.hint()).build());
            } else {
                values[i] = conversion.value();
            }
        }
        return rowProblems;
    }

    private static Column<?> newColumn(String name, FieldType.StorageKind kind) {
        return switch (kind) {
            case STRING -> StringColumn.create(name);
            case BOOLEAN -> BooleanColumn.create(name);
            case INTEGER -> IntColumn.create(name);
            case DECIMAL -> DoubleColumn.create(name);
            case DATE -> DateColumn.create(name);
        };
    }

    private static void append(Column<?> column, Object value) {
        if (value == null) {
            column.appendMissing();
        } else if (column instanceof StringColumn strings) {
            strings.append((String) value);
        } else if (column instanceof BooleanColumn booleans) {
            booleans.append((Boolean) value);
        } else if (column instanceof IntColumn ints) {
            ints.append((Integer) value);
        } else if (column instanceof DoubleColumn doubles) {
            doubles.append((Double) value);
        } else if (column instanceof DateColumn dates) {
            dates.append((LocalDate) value);
        } else {
            throw new IllegalStateException("unexpected column type " + column.type());
        }
    }

    private static String uniqueName(String header, Set<String> used) {
        String base = header.isBlank() ? "column" : header.strip();
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
