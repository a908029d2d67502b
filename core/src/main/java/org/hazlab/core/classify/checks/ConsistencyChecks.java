package org.hazlab.core.classify.checks;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The consistency checks an auditor would raise on an IEC 62304 classification (docs/method.md, "Consistency
 * checks"): external controls implemented in the software, controls listed on a hazard with no stated effect,
 * segregation without rationale, recorded classes below the computed ones, hazards without estimates, controls that
 * mitigate nothing, and classes resting on a single external control. Each finding is a {@link Problem} naming the
 * rows involved; {@code hazlab check} reports them as warnings and {@code hazlab classify --format json} as
 * {@code findings}. The checks follow the model's classification options (its policy's).
 */
public final class ConsistencyChecks {

    private static final List<AuditCheck> CHECKS = List.of(new ControlChecks(), new ItemChecks(),
            new HazardChecks(), new SingleControlCheck());

    private ConsistencyChecks() {
    }

    /** Classifies with the default IEC 62304 A1 scheme and runs every check. */
    public static List<Problem> run(SafetyModel model) {
        Iec62304Scheme scheme = new Iec62304Scheme();
        return run(model, scheme.classify(model), scheme);
    }

    /** Runs every check on a result the given scheme produced for this model. */
    public static List<Problem> run(SafetyModel model, ClassificationResult result, Iec62304Scheme scheme) {
        AuditContext context = new AuditContext(model, result, scheme);
        List<Problem> out = new ArrayList<>();
        CHECKS.forEach(check -> check.check(context, out));
        return List.copyOf(out);
    }

    /** Columns: code, location, message, related (the other rows involved, separated by "; "). */
    public static Table table(List<Problem> findings) {
        StringColumn code = StringColumn.create("code");
        StringColumn location = StringColumn.create("location");
        StringColumn message = StringColumn.create("message");
        StringColumn related = StringColumn.create("related");
        for (Problem p : findings) {
            code.append(p.code());
            location.append(p.location().toString());
            message.append(p.message());
            related.append(String.join("; ", p.related().stream().map(SourceLocation::toString).toList()));
        }
        return Table.create("consistency checks", code, location, message, related);
    }
}
