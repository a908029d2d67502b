package org.hazlab.core.trace.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.trace.doc.Doc;
import org.hazlab.core.trace.gaps.ItemActivity;

/** The impact report as a document (text, Markdown, HTML) and as JSON-ready content. */
public final class ImpactDocument {

    private ImpactDocument() {
    }

    public static Doc of(ImpactReport report) {
        Doc.Builder doc = new Doc.Builder("Impact: " + report.before() + " -> " + report.after());
        doc.paragraph(summary(report));
        doc.section("Class changes").table(report.classTable(), "No item changes class.");
        doc.section("Activities added and dropped").table(report.activityTable(),
                "No activity is added or dropped.");
        doc.section("Evidence that becomes missing").table(report.evidenceTable(),
                "No activity loses its evidence.");
        doc.section("Changes field by field").table(report.changeTable(), "The two versions have the same content.");
        return doc.build();
    }

    static String summary(ImpactReport report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.changes().forEach(c -> counts.merge(c.kind() + " " + c.change(), 1, Integer::sum));
        String changes = counts.isEmpty() ? "no element changed" : String.join(", ", counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList());
        return report.classChanges().size() + " class changes; " + report.evidence().newlyMissing().size()
                + " activities newly without evidence; " + changes + ".";
    }

    /** Stable JSON content. */
    public static Map<String, Object> json(ImpactReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("before", report.before());
        root.put("after", report.after());
        root.put("changes", report.changes());
        root.put("classChanges", report.classChanges().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", c.item());
            row.put("before", c.before());
            row.put("after", c.after());
            row.put("becauseBefore", c.becauseBefore());
            row.put("becauseAfter", c.becauseAfter());
            row.put("activitiesAdded", c.added().stream().map(a -> a.clause()).toList());
            row.put("activitiesDropped", c.dropped().stream().map(a -> a.clause()).toList());
            return row;
        }).toList());
        root.put("evidenceNewlyMissing", missing(report.evidence().newlyMissing()));
        return root;
    }

    private static List<Map<String, Object>> missing(List<ItemActivity> rows) {
        return rows.stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", a.item());
            row.put("class", a.itemClass().name());
            row.put("clause", a.clause());
            row.put("activity", a.title());
            row.put("state", a.state().key());
            return row;
        }).toList();
    }
}
