package org.hazlab.core.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.trace.TraceSchemas;
import org.hazlab.core.workspace.WorkspaceSchemas;
import org.junit.jupiter.api.Test;

/** docs/data-formats.md documents every field of every table, with its meaning, required flag and aliases. */
class DataFormatsDocTest {

    @Test
    void everyFieldIsDocumentedWithItsAliases() throws IOException {
        String doc = Files.readString(Path.of("../docs/data-formats.md"));
        for (TableSchema schema : java.util.stream.Stream.concat(WorkspaceSchemas.ALL.stream(),
                TraceSchemas.ALL.stream()).toList()) {
            for (FieldSpec field : schema.fields()) {
                String row = doc.lines().filter(line -> line.startsWith("| `" + field.name() + "` |")
                                && line.contains(field.meaning().split(":")[0]))
                        .findFirst().orElse(null);
                assertTrue(row != null, schema.name() + "." + field.name() + " is not documented");
                assertTrue(row.contains(field.required() ? "| yes |" : "|  |"),
                        schema.name() + "." + field.name() + ": required flag differs");
                for (String alias : field.aliases()) {
                    assertTrue(row.contains(alias), schema.name() + "." + field.name() + ": alias " + alias);
                }
            }
        }
    }
}
