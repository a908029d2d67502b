package org.hazlab.core.trace.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.core.trace.doc.Doc;
import org.hazlab.core.trace.doc.DocHtml;
import org.hazlab.core.trace.doc.DocJson;
import org.hazlab.core.trace.doc.DocMarkdown;
import org.hazlab.core.trace.gaps.GapDocument;

/**
 * Writes the record as {@code classification-record.md}, {@code .html} and {@code .json} in a folder, each file
 * atomically (a reader never sees half a record), and returns the files written.
 */
public final class RecordFiles {

    public static final String BASE_NAME = "classification-record";

    private RecordFiles() {
    }

    public static List<Path> write(ClassificationRecord record, Path folder) throws IOException {
        Files.createDirectories(folder);
        Doc doc = RecordDocument.of(record);
        Path md = folder.resolve(BASE_NAME + ".md");
        Path html = folder.resolve(BASE_NAME + ".html");
        Path json = folder.resolve(BASE_NAME + ".json");
        AtomicFiles.writeString(md, DocMarkdown.render(doc));
        AtomicFiles.writeString(html, DocHtml.render(doc));
        AtomicFiles.writeString(json, DocJson.write(json(record)));
        return List.of(md, html, json);
    }

    /** The machine-readable record: the same content as the document, keyed for programs. */
    public static Map<String, Object> json(ClassificationRecord record) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("workspace", record.workspace().name());
        root.put("asOf", record.options().asOf().toString());
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", record.model().system().id());
        system.put("name", record.model().system().name());
        system.put("intendedPurpose", record.model().system().intendedPurpose());
        system.put("attributes", record.model().system().attributes());
        root.put("system", system);
        root.put("policy", record.model().policy().name());
        root.put("scheme", record.classes().schemeId());
        root.put("items", record.rows().stream().map(row -> item(record, row)).toList());
        root.put("gaps", GapDocument.json(record.gaps()));
        root.put("findings", record.findings().stream().map(p -> Map.of("code", p.code(),
                "severity", p.severity().toString().toLowerCase(java.util.Locale.ROOT),
                "where", p.location().toString(), "message", p.message())).toList());
        root.put("history", record.history());
        root.put("historyNotes", record.notes());
        root.put("signOff", record.options().signOff().entries());
        return root;
    }

    private static Map<String, Object> item(ClassificationRecord record, ItemClassification row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", row.id());
        item.put("name", row.name());
        item.put("parent", row.parent());
        item.put("class", row.label());
        item.put("because", row.because());
        item.put("path", row.path().steps().stream().map(DecisionStep::words).toList());
        record.model().item(row.id()).ifPresent(i -> {
            item.put("segregated", i.segregated());
            item.put("segregationRationale", i.segregationRationale());
            item.put("noContributionRationale", i.noContributionRationale());
            item.put("classRationale", i.classRationale());
        });
        item.put("activities", record.gaps().activities().stream().filter(a -> a.item().equals(row.id()))
                .map(a -> Map.of("clause", a.clause(), "state", a.state().key(), "evidence", a.evidence()))
                .toList());
        return item;
    }
}
