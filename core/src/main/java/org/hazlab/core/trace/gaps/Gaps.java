package org.hazlab.core.trace.gaps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.trace.ActivityEvidence;
import org.hazlab.core.trace.Requirement;
import org.hazlab.core.trace.Traceability;
import org.hazlab.core.trace.Verification;
import org.hazlab.core.trace.VerificationResult;

/**
 * Computes the gaps of a model against its traceability: the question an auditor asks of every class, "show me
 * the evidence". The classes come from IEC 62304 (A1), so a what-if scenario's gaps show what its class changes
 * would cost in missing evidence.
 */
public final class Gaps {

    private static final ActivityCatalogue TABLE_A1 = ActivityCatalogue.iec62304();

    private Gaps() {
    }

    /** The gaps of a model classified under IEC 62304 (A1). */
    public static GapReport of(String name, SafetyModel model, Traceability trace) {
        return of(name, model, trace, Classifications.run(model));
    }

    /** The gaps of a model whose 62304 result is already at hand. */
    public static GapReport of(String name, SafetyModel model, Traceability trace, ClassificationResult classes) {
        String systemId = model.system().id();
        List<ItemActivity> activities = new ArrayList<>();
        List<ClassEvidence> classEvidence = new ArrayList<>();
        for (ItemClassification row : classes.items()) {
            SafetyClass safetyClass = row.safetyClass().orElse(SafetyClass.C);
            List<ActivityEvidence> evidence = trace.evidenceFor(row.id(), systemId);
            for (Activity activity : TABLE_A1.requiredFor(safetyClass)) {
                activities.add(activity(row.id(), safetyClass, activity, evidence));
            }
            classEvidence.add(new ClassEvidence(row.id(), safetyClass, evidencedClass(evidence)));
        }
        List<ControlCoverage> controls = new ArrayList<>();
        for (RiskControl control : model.controls()) {
            controls.add(coverage(control, model, trace));
        }
        List<HazardGap> hazards = new ArrayList<>();
        for (Hazard hazard : model.hazards()) {
            List<String> notImplemented = hazard.controls().stream()
                    .filter(id -> trace.implementing(id).isEmpty()).toList();
            if (!notImplemented.isEmpty()) {
                hazards.add(new HazardGap(hazard.id(), hazard.title(), notImplemented));
            }
        }
        return new GapReport(name, activities, controls, hazards, classEvidence, trace.present());
    }

    /** The ids of the controls an item implements (control's implementing item, or requirements allocated to it). */
    public static Set<String> controlsOf(String itemId, SafetyModel model, Traceability trace) {
        Set<String> ids = new LinkedHashSet<>();
        model.controls().stream().filter(c -> itemId.equals(c.implementedBy())).forEach(c -> ids.add(c.id()));
        trace.requirements().stream().filter(r -> r.items().contains(itemId)).forEach(r -> ids.addAll(r.controls()));
        return ids;
    }

    private static ItemActivity activity(String item, SafetyClass safetyClass, Activity activity,
                                         List<ActivityEvidence> evidence) {
        List<ActivityEvidence> rows = evidence.stream().filter(e -> e.clause().equals(activity.clause())).toList();
        ActivityState state = rows.isEmpty() ? ActivityState.MISSING
                : rows.stream().anyMatch(e -> e.status().closes()) ? ActivityState.EVIDENCED
                : ActivityState.INCOMPLETE;
        List<String> references = rows.stream()
                .map(e -> (e.evidence().isEmpty() ? "(no reference)" : e.evidence())
                        + (e.status().closes() ? "" : " [" + e.status().key() + "]"))
                .toList();
        return new ItemActivity(item, safetyClass, activity.clause(), activity.title(), state, references);
    }

    private static SafetyClass evidencedClass(List<ActivityEvidence> evidence) {
        SafetyClass best = null;
        for (SafetyClass candidate : SafetyClass.values()) {
            boolean complete = TABLE_A1.requiredFor(candidate).stream().allMatch(activity -> evidence.stream()
                    .anyMatch(e -> e.clause().equals(activity.clause()) && e.status().closes()));
            if (complete) {
                best = candidate;
            }
        }
        return best;
    }

    private static ControlCoverage coverage(RiskControl control, SafetyModel model, Traceability trace) {
        List<String> hazards = model.hazards().stream().filter(h -> h.controls().contains(control.id()))
                .map(Hazard::id).toList();
        List<String> requirements = trace.implementing(control.id()).stream().map(Requirement::id).toList();
        List<Verification> covering = trace.covering(control.id());
        List<String> verifications = covering.stream().map(v -> v.id() + " (" + v.result().key() + ")").toList();
        ControlState state;
        if (requirements.isEmpty()) {
            state = ControlState.NOT_IMPLEMENTED;
        } else if (covering.stream().anyMatch(Verification::passed)) {
            state = ControlState.COVERED;
        } else if (covering.isEmpty()) {
            state = ControlState.NOT_VERIFIED;
        } else if (covering.stream().anyMatch(v -> v.result() == VerificationResult.FAIL)) {
            state = ControlState.FAILED;
        } else {
            state = ControlState.NOT_RUN;
        }
        return new ControlCoverage(control.id(), control.kind().key(), hazards, requirements, verifications, state);
    }
}
