package org.hazlab.core.trace.gaps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.trace.doc.Doc;

/** The gap report as a document (for text, Markdown and HTML) and as a JSON-ready map. */
public final class GapDocument {

    private GapDocument() {
    }

    public static Doc of(GapReport report) {
        Doc.Builder doc = new Doc.Builder("Gaps: " + report.name());
        doc.paragraph(report.hasGaps() ? report.gapCount() + " gaps: " + report.counts() + "." : "No gaps.");
        List<String> absent = List.of("requirements", "verifications", "evidence").stream()
                .filter(t -> !report.tablesPresent().contains(t)).toList();
        if (!absent.isEmpty()) {
            doc.paragraph("The workspace has no " + String.join(", no ", absent)
                    + " table, so everything it would hold counts as missing (docs/traceability.md).");
        }
        doc.section("Evidence per item").table(report.summary(), "No software items.");
        doc.section("Activities without evidence").table(report.missingTable(),
                "Every activity the classes require has evidence.");
        doc.section("Risk controls not covered").table(controlGaps(report),
                "Every risk control is implemented by a requirement and covered by a passing verification.");
        doc.section("Hazards with unimplemented controls").table(report.hazardTable(),
                "Every control of every hazard is implemented by a requirement.");
        doc.section("Items with evidence for a lower class only").table(report.lowerClassTable(),
                "No item has evidence for a lower class only.");
        return doc.build();
    }

    private static tech.tablesaw.api.Table controlGaps(GapReport report) {
        tech.tablesaw.api.Table all = report.controlTable();
        return all.where(all.stringColumn("state").isNotEqualTo("covered"));
    }

    /** Stable JSON content: counts, then every list. */
    public static Map<String, Object> json(GapReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", report.name());
        root.put("gaps", report.gapCount());
        root.put("tables", report.tablesPresent().stream().sorted().toList());
        root.put("activitiesWithoutEvidence", report.missingActivities().stream().map(a -> row(
                "item", a.item(), "class", a.itemClass().name(), "clause", a.clause(), "activity", a.title(),
                "state", a.state().key(), "evidence", a.evidence())).toList());
        root.put("controls", report.controls().stream().map(c -> row("control", c.control(), "kind", c.kind(),
                "hazards", c.hazards(), "requirements", c.requirements(), "verifications", c.verifications(),
                "state", c.state().toString(), "covered", !c.state().gap())).toList());
        root.put("hazardsWithUnimplementedControls", report.hazards().stream().map(h -> row("hazard", h.hazard(),
                "title", h.title(), "controls", h.notImplemented())).toList());
        root.put("items", report.classEvidence().stream().map(c -> row("item", c.item(), "class",
                c.itemClass().name(), "evidenceCompleteFor", c.evidenced().map(Enum::name).orElse(null),
                "lowerClassOnly", c.lowerOnly())).toList());
        return root;
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
