package org.hazlab.core.io;

import java.util.List;
import java.util.Optional;

/** The fields of one kind of table (items, hazards, controls, incidents), in display order. */
public record TableSchema(String name, List<FieldSpec> fields) {

    public TableSchema {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The field a header names without any mapping, if any. */
    public Optional<FieldSpec> fieldForHeader(String header) {
        return fields.stream().filter(f -> f.matches(header)).findFirst();
    }

    /** A copy in which one field has another type (a declared date format, for instance). */
    public TableSchema withFieldType(String fieldName, FieldType type) {
        return new TableSchema(name, fields.stream()
                .map(f -> f.name().equals(fieldName) ? f.withType(type) : f).toList());
    }
}
