package org.hazlab.dsl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.trace.Traceability;
import org.hazlab.core.trace.gaps.GapDelta;
import org.hazlab.core.trace.gaps.GapReport;
import org.hazlab.core.trace.gaps.Gaps;
import org.hazlab.core.trace.impact.ImpactInputs;
import org.hazlab.core.trace.impact.ImpactReport;
import org.hazlab.core.trace.record.ClassificationRecord;
import org.hazlab.core.trace.record.RecordFiles;
import org.hazlab.core.trace.record.RecordOptions;
import org.hazlab.core.trace.record.SignOff;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.hazlab.dsl.session.SessionContext;

/**
 * The DSL's traceability words ({@code gaps}, {@code evidenceCost}, {@code impact}, {@code record}) adapted to
 * the core services: scripts pass workspaces, models, folder names and Groovy maps; core takes typed values.
 */
final class TraceCalls {

    static final List<String> RECORD_KEYS = List.of("out", "asOf", "history", "git", "preparedBy", "preparedOn",
            "reviewedBy", "reviewedOn", "approvedBy", "approvedOn");

    private TraceCalls() {
    }

    /** Remembers a workspace's traceability for its model. */
    static void remember(SessionContext session, Workspace workspace) {
        workspace.safetyModel().ifPresent(model -> traces(session).put(model, workspace.traceability()));
    }

    /** A scenario keeps the traceability of its baseline. */
    static void inherit(SessionContext session, Map<?, ?> variables, SafetyModel baseline, SafetyModel scenario) {
        Traceability trace = traceOf(session, variables, baseline);
        if (trace != null) {
            traces(session).put(scenario, trace);
        }
    }

    /**
     * The traceability of a model: remembered from {@code workspace(...)} or {@code whatIf}, or that of the
     * workspace among the session's variables (the shell's {@code ws}) whose model it is.
     */
    static Traceability traceOf(SessionContext session, Map<?, ?> variables, SafetyModel model) {
        Traceability known = traces(session).get(model);
        if (known != null) {
            return known;
        }
        for (Object value : variables.values()) {
            Workspace workspace = workspaceOf(value);
            if (workspace != null && workspace.safetyModel().filter(m -> m == model).isPresent()) {
                return workspace.traceability();
            }
        }
        return null;
    }

    static GapReport gaps(SessionContext session, Map<?, ?> variables, Object target, String name) {
        Workspace workspace = workspaceOf(target);
        SafetyModel model = workspace != null ? workspace.safetyModel().orElseThrow(() -> new IllegalArgumentException(
                "gaps needs a valid workspace; " + workspace.name() + " has errors")) : ModelArgs.model(target, "gaps");
        Traceability trace = workspace != null ? workspace.traceability() : traceOf(session, variables, model);
        if (trace == null) {
            throw new IllegalArgumentException("gaps: this model has no traceability; pass a workspace, or a model "
                    + "from workspace(...) or whatIf on one");
        }
        return Gaps.of(name != null ? name : workspace != null ? workspace.name() : "model", model, trace);
    }

    static ImpactReport impact(Function<String, Path> resolve, Object before, Object after) {
        try {
            if (before instanceof String || before instanceof Path) {
                before = WorkspaceLoader.load(resolve.apply(before.toString()));
            }
            if (after instanceof String || after instanceof Path) {
                after = WorkspaceLoader.load(resolve.apply(after.toString()));
            }
            Workspace old = valid(workspaceOf(before), "impact");
            Workspace now = valid(workspaceOf(after), "impact");
            return ImpactInputs.between(old, now);
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    static ImpactReport impactGit(Path folder, String range) {
        try {
            return ImpactInputs.git(folder, range);
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    static List<Path> record(SessionContext session, Map<String, ?> options, Object target) throws IOException {
        ModelFields.check("record", options, RECORD_KEYS);
        Workspace workspace = valid(workspaceOf(target), "record");
        Object out = options.get("out");
        if (out == null) {
            throw new IllegalArgumentException("record needs out: 'folder' (relative to the run's --out)");
        }
        Object asOf = options.get("asOf");
        LocalDate date = asOf == null ? session.today() : LocalDate.parse(asOf.toString());
        SignOff signOff = SignOff.of(text(options, "preparedBy"), text(options, "preparedOn"),
                text(options, "reviewedBy"), text(options, "reviewedOn"), text(options, "approvedBy"),
                text(options, "approvedOn"));
        Object history = options.get("history");
        RecordOptions recordOptions = new RecordOptions(date, signOff,
                history == null ? null : session.resolve(history.toString()),
                !Boolean.FALSE.equals(options.get("git")));
        return RecordFiles.write(ClassificationRecord.of(workspace, recordOptions), session.output(out.toString()));
    }

    static GapDelta evidenceCost(GapReport before, GapReport after) {
        return GapDelta.between(before, after);
    }

    private static String text(Map<String, ?> options, String key) {
        Object value = options.get(key);
        return value == null ? null : value.toString();
    }

    private static Workspace workspaceOf(Object value) {
        if (value instanceof WorkspaceData data) {
            return data.getWorkspace();
        }
        if (value instanceof Workspace workspace) {
            return workspace;
        }
        return null;
    }

    private static Workspace valid(Workspace workspace, String verb) {
        if (workspace == null) {
            throw new IllegalArgumentException(verb + " needs a workspace (from workspace 'folder', or a folder name)");
        }
        if (workspace.safetyModel().isEmpty()) {
            throw new InvalidModelException(new InvalidInputException(workspace.problemList().stream()
                    .filter(p -> p.isError()).toList()));
        }
        return workspace;
    }

    private static Map<SafetyModel, Traceability> traces(SessionContext session) {
        return session.state(ModelTraces.class, ModelTraces::new).traces();
    }
}
