package org.hazlab.core.classify.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.MatrixCell;
import org.hazlab.core.classify.Outcome;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.problem.Problem;

/**
 * A classification as JSON with the stable, documented shape of docs/classification-json.md ("hazlab-classification",
 * version 1): keys sorted, two-space indent, "\n" line ends, so the same model gives the same bytes on every
 * machine. The shape is built here field by field rather than by reflecting on the records, so renaming a Java
 * accessor cannot silently change the format.
 */
public final class ResultJson {

    /** Format name written in every document. */
    public static final String FORMAT = "hazlab-classification";
    /** Format version; bumped only on incompatible change. */
    public static final int VERSION = 1;

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ResultJson() {
    }

    /** One scheme's document; {@code findings} is null (not computed). */
    public static String render(ClassificationResult result) {
        return write(document(result));
    }

    /** One scheme's document with the auditor's consistency findings on the same model. */
    public static String render(ClassificationResult result, List<Problem> findings) {
        Map<String, Object> root = document(result);
        root.put("findings", findings.stream().map(ResultJson::finding).toList());
        return write(root);
    }

    /** Several schemes' results in one document ("hazlab-classifications"); {@code findings} is null. */
    public static String render(List<ClassificationResult> results) {
        return write(several(results, null));
    }

    /** Several schemes' results with the auditor's consistency findings on the model. */
    public static String render(List<ClassificationResult> results, List<Problem> findings) {
        return write(several(results, findings));
    }

    private static Map<String, Object> several(List<ClassificationResult> results, List<Problem> findings) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", "hazlab-classifications");
        root.put("version", VERSION);
        root.put("results", results.stream().map(ResultJson::document).toList());
        root.put("findings", findings == null ? null : findings.stream().map(ResultJson::finding).toList());
        return root;
    }

    /** The document as maps and lists, for callers that embed it in a larger JSON. */
    public static Map<String, Object> document(ClassificationResult result) {
        Map<String, Object> root = new TreeMap<>();
        root.put("options", result.optionsInForce().map(ResultJson::options).orElse(null));
        root.put("findings", null);
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("scheme", Map.of("id", result.schemeId(), "name", result.schemeName()));
        root.put("system", row(result.system()));
        root.put("items", result.items().stream().map(ResultJson::row).toList());
        root.put("hazards", result.hazards().stream().map(ResultJson::hazard).toList());
        root.put("warnings", result.warnings().stream().map(ResultJson::problem).toList());
        return root;
    }

    private static Map<String, Object> row(ItemClassification row) {
        Map<String, Object> out = new TreeMap<>();
        out.put("id", row.id());
        out.put("name", row.name());
        out.put("parent", row.parent());
        out.put("depth", row.depth());
        out.put("class", row.label());
        out.put("outcome", outcome(row.outcome()));
        out.put("because", row.because());
        out.put("steps", row.path().steps().stream().map(ResultJson::step).toList());
        out.put("contested", row.contestedBy().map(c -> {
            Map<String, Object> other = new TreeMap<>();
            other.put("reading", c.reading().key());
            other.put("class", c.label());
            other.put("because", c.path().because());
            other.put("steps", c.path().steps().stream().map(ResultJson::step).toList());
            return other;
        }).orElse(null));
        return out;
    }

    private static Map<String, Object> options(ClassificationOptions options) {
        Map<String, Object> out = new TreeMap<>();
        out.put("harm", options.harm().key());
        out.put("creditLabelling", options.creditLabelling());
        return out;
    }

    private static Map<String, Object> outcome(Outcome outcome) {
        Map<String, Object> out = new TreeMap<>();
        if (outcome instanceof Outcome.Assigned a) {
            out.put("kind", "assigned");
            out.put("label", a.label());
            out.put("rank", a.rank());
        } else if (outcome instanceof Outcome.NotApplicable n) {
            out.put("kind", "not-applicable");
            out.put("label", n.label());
            out.put("reason", n.reason());
        } else if (outcome instanceof Outcome.Undetermined u) {
            out.put("kind", "undetermined");
            out.put("label", u.label());
            out.put("missing", u.missing());
            out.put("reason", u.reason());
        }
        return out;
    }

    private static Map<String, Object> step(DecisionStep step) {
        Map<String, Object> out = new TreeMap<>();
        out.put("kind", step.kind().name());
        out.put("hazards", step.hazards());
        out.put("controls", step.controls());
        out.put("related", step.related());
        out.put("cell", step.cell() == null ? null : cell(step.cell()));
        out.put("severityRule", step.severityRule());
        out.put("result", step.result());
        out.put("words", step.words());
        return out;
    }

    private static Map<String, Object> cell(MatrixCell cell) {
        Map<String, Object> out = new TreeMap<>();
        out.put("probability", cell.probability());
        out.put("severity", cell.severity());
        out.put("zone", cell.zone());
        out.put("unacceptable", cell.unacceptable());
        return out;
    }

    private static Map<String, Object> hazard(HazardJudgement j) {
        Map<String, Object> out = new TreeMap<>();
        out.put("id", j.hazardId());
        out.put("estimatedSeverity", j.estimatedSeverity());
        out.put("severityAssumed", j.severityAssumed());
        out.put("severity", j.severity());
        out.put("probability", j.probability());
        out.put("harmSeverity", j.harmSeverity());
        out.put("harm", j.harm().key());
        out.put("cell", cell(j.cell()));
        out.put("credited", j.credited());
        List<Map<String, Object>> notCredited = new ArrayList<>();
        j.notCredited().forEach(n -> notCredited.add(new TreeMap<>(Map.of("control", n.controlId(),
                "reason", n.reason()))));
        out.put("notCredited", notCredited);
        out.put("contributions", j.contributions().stream().map(c -> {
            Map<String, Object> step = new TreeMap<>();
            step.put("control", c.controlId());
            step.put("factor", c.factor());
            step.put("effect", c.effect());
            step.put("from", c.from());
            step.put("to", c.to());
            return step;
        }).toList());
        out.put("class", j.hazardClass().name());
        out.put("severityRule", j.severityRule());
        return out;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> out = new TreeMap<>();
        out.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        out.put("code", p.code());
        out.put("location", p.location().toString());
        out.put("message", p.message());
        out.put("hint", p.hint());
        return out;
    }

    private static Map<String, Object> finding(Problem p) {
        Map<String, Object> out = problem(p);
        out.put("value", p.value());
        out.put("related", p.related().stream().map(Object::toString).toList());
        return out;
    }

    private static String write(Object document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write classification JSON", e);
        }
    }
}
