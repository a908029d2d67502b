package org.hazlab.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Decides which header of a file feeds which field: first the user's explicit mapping from the manifest, then
 * the recognised spellings of each field. Headers that name no field are kept as extra text columns so that a
 * user's own columns ("Owner", "Review date") survive the round trip.
 *
 * @param fieldByHeaderIndex for each header index, the field it feeds, or null for an extra column
 * @param missingRequired    required fields no header feeds
 * @param problems           mapping problems (unknown field, header not found, two headers for one field)
 */
public record ColumnBinding(List<FieldSpec> fieldByHeaderIndex, List<FieldSpec> missingRequired,
                            List<Problem> problems) {

    /** The header of a file as read: its name in messages, header cells, their source columns and line. */
    public record Header(String source, List<String> headers, List<Integer> columnNumbers, int headerLine) {
        public Header {
            headers = List.copyOf(headers);
            columnNumbers = List.copyOf(columnNumbers);
        }
    }

    public static ColumnBinding bind(Header raw, TableSchema schema, Map<String, String> explicit) {
        List<Problem> problems = new ArrayList<>();
        SourceLocation headerLocation = SourceLocation.of(raw.source(), raw.headerLine());
        Map<String, Integer> headerIndexByKey = new HashMap<>();
        for (int i = 0; i < raw.headers().size(); i++) {
            headerIndexByKey.putIfAbsent(HeaderNames.normalise(raw.headers().get(i)), i);
        }
        FieldSpec[] bound = new FieldSpec[raw.headers().size()];
        Map<String, Integer> headerOfField = new LinkedHashMap<>();
        explicit.forEach((header, fieldName) -> {
            var field = schema.field(fieldName);
            Integer index = headerIndexByKey.get(HeaderNames.normalise(header));
            if (field.isEmpty()) {
                problems.add(Problem.error("unknown-field", headerLocation,
                                "the column mapping names a field that " + schema.name() + " do not have")
                        .value(fieldName)
                        .expected("one of " + String.join(", ", schema.fields().stream().map(FieldSpec::name).toList()))
                        .build());
            } else if (index == null) {
                problems.add(Problem.error("mapped-header-missing", headerLocation,
                                "the column mapping names a header this file does not have")
                        .value(header)
                        .expected("one of the headers " + raw.headers())
                        .build());
            } else {
                claim(bound, headerOfField, index, field.get(), raw, problems);
            }
        });
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] != null) {
                continue;
            }
            int index = i;
            schema.fieldForHeader(raw.headers().get(i)).ifPresent(field ->
                    claim(bound, headerOfField, index, field, raw, problems));
        }
        List<FieldSpec> missing = schema.fields().stream()
                .filter(f -> f.required() && !headerOfField.containsKey(f.name())).toList();
        for (FieldSpec field : missing) {
            problems.add(Problem.error("missing-column", headerLocation,
                            "no column for the required field '" + field.name() + "'; every row is rejected")
                    .value(String.join(", ", raw.headers()))
                    .expected("a header such as " + spellings(field))
                    .hint("map your header onto '" + field.name() + "' under \"columns\" in workspace.json")
                    .build());
        }
        return new ColumnBinding(java.util.Arrays.asList(bound), missing, problems);
    }

    private static void claim(FieldSpec[] bound, Map<String, Integer> headerOfField, int index, FieldSpec field,
                              Header raw, List<Problem> problems) {
        Integer earlier = headerOfField.get(field.name());
        if (earlier != null) {
            problems.add(Problem.warning("duplicate-column", new SourceLocation(raw.source(), raw.headerLine(),
                                    raw.columnNumbers().get(index)),
                            "two columns could feed the field '" + field.name()
                                    + "'; the first is used, this one is kept as extra text")
                    .value(raw.headers().get(index))
                    .related(List.of(new SourceLocation(raw.source(), raw.headerLine(),
                            raw.columnNumbers().get(earlier))))
                    .hint("rename one of them, or map the right one explicitly in workspace.json").build());
            return;
        }
        bound[index] = field;
        headerOfField.put(field.name(), index);
    }

    private static String spellings(FieldSpec field) {
        List<String> names = new ArrayList<>();
        names.add('"' + field.name() + '"');
        field.aliases().stream().limit(3).forEach(a -> names.add('"' + a + '"'));
        return String.join(", ", names);
    }
}
