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
 * Builds a typed Tablesaw table from records as they stream in. Every schema field becomes a column of its declared
 * type (empty when the file lacks it), extra headers become text columns, and a row with any cell that does not
 * fit its field is rejected whole, with one problem per bad cell. The row accounting is checked by
 * {@link LoadReport}: nothing is dropped without a reason.
 */
public final class TypedTableBuilder implements RawRowSink {

    private final TableSchema schema;
    private final Map<String, String> explicitMapping;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final Table table;
    private final Map<String, Column<?>> fieldColumns = new LinkedHashMap<>();
    private final Map<Integer, StringColumn> extraColumns = new LinkedHashMap<>();
    private final List<String> extraNames = new ArrayList<>();
    private final Map<String, String> boundHeaders = new LinkedHashMap<>();
    private final Map<String, Integer> sourceColumns = new LinkedHashMap<>();
    private String source = "";
    private String encoding = "";
    private List<String> headers = List.of();
    private List<Integer> columnNumbers = List.of();
    private FieldSpec[] fieldOfHeader = new FieldSpec[0];
    private int[] headerOfField;
    private boolean rejectAll;
    private int read;
    private int rejected;
    private Object[] values = new Object[0];

    public TypedTableBuilder(TableSchema schema, Map<String, String> explicitMapping) {
        this.schema = schema;
        this.explicitMapping = Map.copyOf(explicitMapping);
        this.table = Table.create(schema.name());
        this.headerOfField = new int[schema.fields().size()];
        for (FieldSpec field : schema.fields()) {
            Column<?> column = newColumn(field.name(), field.type().storage());
            fieldColumns.put(field.name(), column);
            table.addColumns(column);
        }
    }

    @Override
    public void begin(String newSource, String newEncoding, List<String> newHeaders, List<Integer> newColumns,
                      int headerLine) {
        source = newSource;
        encoding = newEncoding;
        headers = List.copyOf(newHeaders);
        columnNumbers = List.copyOf(newColumns);
        ColumnBinding binding = ColumnBinding.bind(
                new ColumnBinding.Header(source, headers, columnNumbers, headerLine), schema, explicitMapping);
        problems.addAll(binding.problems());
        rejectAll = !binding.missingRequired().isEmpty();
        fieldOfHeader = binding.fieldByHeaderIndex().toArray(new FieldSpec[0]);
        values = new Object[headers.size()];
        java.util.Arrays.fill(headerOfField, -1);
        Set<String> usedNames = new HashSet<>(fieldColumns.keySet());
        for (int i = 0; i < headers.size(); i++) {
            FieldSpec field = fieldOfHeader[i];
            if (field != null) {
                boundHeaders.put(field.name(), headers.get(i));
                sourceColumns.put(field.name(), columnNumbers.get(i));
                headerOfField[schema.fields().indexOf(field)] = i;
            } else {
                String name = uniqueName(headers.get(i), usedNames);
                StringColumn extra = StringColumn.create(name);
                extraColumns.put(i, extra);
                extraNames.add(name);
                table.addColumns(extra);
            }
        }
    }

    @Override
    public void row(RawRow row) {
        read++;
        if (rejectAll) {
            rejected++;
            return;
        }
        int before = problems.size();
        convert(row);
        if (problems.size() > before) {
            rejected++;
            return;
        }
        List<FieldSpec> fields = schema.fields();
        for (int f = 0; f < fields.size(); f++) {
            int index = headerOfField[f];
            append(fieldColumns.get(fields.get(f).name()), index < 0 ? null : values[index]);
        }
        extraColumns.forEach((index, column) -> column.append(row.cell(index).strip()));
        lines.add(row.line());
    }

    @Override
    public void rejected(Problem problem) {
        read++;
        rejected++;
        problems.add(problem);
    }

    @Override
    public void note(Problem problem) {
        problems.add(problem);
    }

    /** Counts records rejected by an earlier stage whose problems were passed on as notes. */
    void addRejectedWithoutProblem(int count) {
        read += count;
        rejected += count;
    }

    public LoadedTable finish() {
        LoadReport report = new LoadReport(source, schema.name(), encoding, read, lines.size(), rejected,
                boundHeaders, extraNames, problems);
        return new LoadedTable(table, lines.stream().mapToInt(Integer::intValue).toArray(), sourceColumns, report);
    }

    private void convert(RawRow row) {
        for (int i = 0; i < values.length; i++) {
            values[i] = null;
            FieldSpec field = fieldOfHeader[i];
            if (field == null) {
                continue;
            }
            String text = row.cell(i).strip();
            if (text.isEmpty()) {
                if (field.required()) {
                    problems.add(Problem.error("missing-value", where(row, i),
                                    "row rejected: required field '" + field.name() + "' is empty")
                            .expected(field.type().describe()).build());
                }
                continue;
            }
            FieldType.Conversion conversion = field.type().convert(text);
            if (conversion.failed()) {
                problems.add(Problem.error("bad-value", where(row, i),
                                "row rejected: '" + headers.get(i) + "' is not " + field.type().describe())
                        .value(text).expected(conversion.expected()).hint(conversion.hint()).build());
            } else {
                values[i] = conversion.value();
            }
        }
    }

    private SourceLocation where(RawRow row, int headerIndex) {
        return new SourceLocation(source, row.line(), columnNumbers.get(headerIndex));
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
