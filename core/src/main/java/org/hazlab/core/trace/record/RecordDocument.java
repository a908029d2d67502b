package org.hazlab.core.trace.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.trace.doc.Doc;
import org.hazlab.core.trace.gaps.ItemActivity;

/** The classification record as a document: one content for its Markdown and HTML. */
public final class RecordDocument {

    private RecordDocument() {
    }

    public static Doc of(ClassificationRecord record) {
        Doc.Builder doc = new Doc.Builder("Software safety classification record: " + record.workspace().name());
        doc.fields(List.of(List.of("System", record.model().system().name()),
                List.of("System id", record.model().system().id()),
                List.of("Record date", record.options().asOf().toString()),
                List.of("Scheme", record.classes().schemeName()),
                List.of("Workspace", record.workspace().name())));
        doc.section("1. System and intended purpose");
        doc.paragraph(blankAs(record.model().system().intendedPurpose(), "No intended purpose is stated in the "
                + "workspace (system.intendedPurpose in workspace.json)."));
        if (!record.model().system().attributes().isEmpty()) {
            doc.fields(record.model().system().attributes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> List.of(e.getKey(), e.getValue())).toList());
        }
        policy(doc, record.model().policy());
        options(doc, record);
        summary(doc, record);
        items(doc, record);
        findings(doc, record.findings());
        history(doc, record);
        signOff(doc, record.options().signOff());
        return doc.build();
    }

    private static void policy(Doc.Builder doc, RiskPolicy policy) {
        doc.section("2. Risk policy");
        doc.paragraph(policy.name() + " (" + policy.source() + ").");
        doc.subsection("Severity scale");
        doc.grid(List.of("rank", "level", "meaning", "harm (IEC 62304 4.3)"), policy.severity().levels().stream()
                .map(l -> List.of(String.valueOf(l.rank()), l.name(), l.meaning(),
                        l.harmCategory().map(h -> h.words()).orElse(""))).toList(), "No levels.");
        doc.subsection("Probability scale");
        doc.grid(List.of("rank", "level", "meaning"), policy.probability().levels().stream()
                .map(l -> List.of(String.valueOf(l.rank()), l.name(), l.meaning())).toList(), "No levels.");
        doc.subsection("Acceptability matrix");
        List<String> headers = new ArrayList<>();
        headers.add("probability \\ severity");
        policy.severity().levels().forEach(l -> headers.add(l.name()));
        List<List<String>> rows = new ArrayList<>();
        List<Level> probabilities = new ArrayList<>(policy.probability().levels());
        java.util.Collections.reverse(probabilities);
        for (Level probability : probabilities) {
            List<String> row = new ArrayList<>();
            row.add(probability.name());
            policy.severity().levels().forEach(s -> row.add(policy.matrix().zone(probability, s)));
            rows.add(row);
        }
        doc.grid(headers, rows, "No matrix.");
        doc.bullets(policy.matrix().zones().stream().map(z -> z + ": " + policy.matrix().meaningOf(z)).toList());
    }

    private static void options(Doc.Builder doc, ClassificationRecord record) {
        doc.section("3. Options in force");
        doc.bullets(List.of(
                "Scheme: " + record.classes().schemeName() + " (hazlab scheme id " + record.classes().schemeId() + ").",
                "The probability of a software failure is taken as 1: every hazard starts at the highest probability.",
                "Only risk controls external to the software system are credited (IEC 62304 4.3 a).",
                "Controls that lower severity do not lower the harm judged; labelling is not credited.",
                "Items inherit the class of the item they decompose unless segregated with a rationale (4.3 d).",
                "Table A.1 of IEC 62304:2006+A1:2015 gives the activities each class requires; evidence recorded "
                        + "against the system id covers every item."));
    }

    private static void summary(Doc.Builder doc, ClassificationRecord record) {
        doc.section("4. Classes");
        List<List<String>> rows = new ArrayList<>();
        for (ItemClassification row : record.rows()) {
            rows.add(List.of(row.id(), row.name(), row.parent(), row.label(), row.because()));
        }
        doc.grid(List.of("item", "name", "parent", "class", "because"), rows, "No items.");
        doc.subsection("Evidence per item");
        doc.paragraph(record.gaps().hasGaps() ? record.gaps().counts() + "." : "No gaps.");
        doc.table(record.gaps().summary(), "No items.");
    }

    private static void items(Doc.Builder doc, ClassificationRecord record) {
        doc.section("5. Items: decision path, rationale and required activities");
        for (ItemClassification row : record.classes().items()) {
            doc.subsection(row.id() + " " + row.name() + ": class " + row.label());
            Optional<SoftwareItem> item = record.model().item(row.id());
            List<List<String>> fields = new ArrayList<>();
            fields.add(List.of("Class", row.label()));
            fields.add(List.of("Because", row.because()));
            item.ifPresent(i -> {
                fields.add(List.of("Parent", blankAs(i.parent(), record.model().system().id() + " (top level)")));
                fields.add(List.of("Segregated", i.segregated() ? "yes" : "no"));
                fields.add(List.of("Segregation rationale", blankAs(i.segregationRationale(), "none")));
                fields.add(List.of("No-contribution rationale", blankAs(i.noContributionRationale(), "none")));
                fields.add(List.of("Class rationale", blankAs(i.classRationale(), "none")));
                fields.add(List.of("Recorded class", blankAs(i.recordedClass(), "none")));
            });
            doc.fields(fields);
            doc.paragraph("Decision path:");
            doc.bullets(row.path().steps().stream().map(DecisionStep::words).filter(w -> !w.isBlank()).toList());
            List<ItemActivity> activities = record.gaps().activities().stream()
                    .filter(a -> a.item().equals(row.id())).toList();
            doc.grid(List.of("clause", "activity", "evidence status", "evidence"), activities.stream()
                    .map(a -> List.of(a.clause(), a.title(), a.state().key(), String.join("; ", a.evidence())))
                    .toList(), "The item's class requires no activity.");
        }
    }

    private static void findings(Doc.Builder doc, List<Problem> findings) {
        doc.section("6. Auditor findings");
        doc.grid(List.of("severity", "code", "where", "finding", "hint"), findings.stream()
                .map(p -> List.of(p.severity().toString().toLowerCase(java.util.Locale.ROOT), p.code(),
                        p.location().toString(), p.message(), p.hint() == null ? "" : p.hint())).toList(),
                "No findings.");
    }

    private static void history(Doc.Builder doc, ClassificationRecord record) {
        doc.section("7. Classification history");
        if (!record.notes().isEmpty()) {
            doc.bullets(record.notes());
        }
        doc.grid(List.of("date", "source", "item", "from", "to", "reason before", "reason after", "note"),
                record.history().stream().map(r -> List.of(r.date(), r.source(), r.item(), r.from(), r.to(),
                        r.becauseBefore(), r.becauseAfter(), r.note())).toList(),
                "No reclassification is recorded.");
    }

    private static void signOff(Doc.Builder doc, SignOff signOff) {
        doc.section("8. Sign-off");
        doc.grid(List.of("role", "name", "date", "signature"), signOff.entries().stream()
                .map(e -> List.of(e.role(), e.name(), e.date(), "")).toList(), "");
    }

    private static String blankAs(String text, String instead) {
        return text == null || text.isBlank() ? instead : text;
    }
}
