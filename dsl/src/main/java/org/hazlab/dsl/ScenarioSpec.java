package org.hazlab.dsl;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.model.Origin;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.whatif.Change;
import org.hazlab.dsl.session.SessionContext;

/**
 * The delegate of {@code whatIf(model, 'name') { ... }} and of the options of {@code vary}: each word records
 * one {@link Change}; nothing touches the baseline. Applied in the order written.
 */
public final class ScenarioSpec {

    private final SessionContext session;
    private final List<Change> changes = new ArrayList<>();

    ScenarioSpec(SessionContext session) {
        this.session = session;
    }

    static List<Change> collect(SessionContext session, Closure<?> body) {
        ScenarioSpec spec = new ScenarioSpec(session);
        Closure<?> code = body.rehydrate(spec, body.getOwner(), body.getThisObject());
        code.setResolveStrategy(Closure.DELEGATE_FIRST);
        code.call();
        return List.copyOf(spec.changes);
    }

    private Origin here() {
        return Origin.of(session.scriptName(), session.currentLine());
    }

    /** Adds a change made in Java (any {@link Change}). */
    public void change(Change change) {
        changes.add(change);
    }

    public void removeControl(String id) {
        changes.add(new Change.RemoveControl(id));
    }

    /** {@code addControl 'RC-X', kind: 'hardware', reduces: 'probability', to: 'Remote', on: ['HZ-1']}. */
    public void addControl(Map<String, ?> args, String id) {
        changes.add(new Change.AddControl(ModelFields.control(id, args, here()), ModelFields.appliedTo(args)));
    }

    public void makeExternal(String controlId) {
        changes.add(new Change.SetExternal(controlId, true));
    }

    public void makeInternal(String controlId) {
        changes.add(new Change.SetExternal(controlId, false));
    }

    public void severity(String hazardId, String level) {
        changes.add(new Change.SetSeverity(hazardId, level));
    }

    public void probability(String hazardId, String level) {
        changes.add(new Change.SetProbability(hazardId, level));
    }

    /** {@code addItem 'ID', name: ..., parent: ...} (the same arguments as {@code item} in {@code system}). */
    public void addItem(Map<String, ?> args, String id) {
        changes.add(new Change.AddItem(ModelFields.item(id, args, here())));
    }

    public void addItem(String id) {
        addItem(Map.of(), id);
    }

    public void removeItem(String id) {
        changes.add(new Change.RemoveItem(id));
    }

    /** {@code addHazard 'ID', items: [...], severity: ..., controls: [...]}. */
    public void addHazard(Map<String, ?> args, String id) {
        changes.add(new Change.AddHazard(ModelFields.hazard(id, args, here())));
    }

    public void removeHazard(String id) {
        changes.add(new Change.RemoveHazard(id));
    }

    /** {@code moveItem 'ID', to: 'NEW-PARENT'} ({@code to: null} for top level). */
    public void moveItem(Map<String, ?> args, String id) {
        ModelFields.check("moveItem", args, List.of("to", "under"));
        Object to = args.containsKey("to") ? args.get("to") : args.get("under");
        changes.add(new Change.MoveItem(id, to == null ? null : String.valueOf(to)));
    }

    /** Claims segregation of an item; the rationale is required, as in the items table. */
    public void segregate(String itemId, String rationale) {
        changes.add(new Change.Segregation(itemId, true, rationale));
    }

    public void revokeSegregation(String itemId) {
        changes.add(new Change.Segregation(itemId, false, ""));
    }

    /** Replaces the policy, or changes it: {@code policy unacceptableFrom: 'L'}. */
    public void policy(Object policy) {
        if (policy instanceof RiskPolicy p) {
            changes.add(new Change.SetPolicy(p));
        } else if (policy instanceof WorkspaceData w) {
            changes.add(new Change.SetPolicy(w.getPolicy()));
        } else if (policy instanceof Map<?, ?> args) {
            for (Map.Entry<?, ?> entry : args.entrySet()) {
                if (!"unacceptableFrom".equals(entry.getKey())) {
                    throw new IllegalArgumentException("policy: unknown argument '" + entry.getKey()
                            + ":'; use unacceptableFrom:, matrix(p, s, zone) or a RiskPolicy");
                }
                changes.add(new Change.SetUnacceptableFrom(String.valueOf(entry.getValue())));
            }
        } else {
            throw new IllegalArgumentException("policy needs a RiskPolicy, a workspace or unacceptableFrom:");
        }
    }

    /** Sets one cell of the acceptability matrix: {@code matrix 'Remote', 'Catastrophic', 'H'}. */
    public void matrix(String probability, String severity, String zone) {
        changes.add(new Change.SetMatrixCell(probability, severity, zone));
    }
}
