package org.hazlab.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.Level;
import org.hazlab.core.policy.Scale;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What each item's IEC 62304 class rests on: every single assumption of the model is negated in turn (a control
 * removed, made internal or external, a severity or probability one level up or down, a segregation claimed or
 * revoked, the harm of step 3 judged under the other reading) and the items whose class moves are listed; an
 * item that moves on the harm reading alone is a contested item (docs/method.md, "Options"). These are the assumptions an auditor should check first;
 * an item with none is robust to any one of them. Uses {@link ClassKernel}, so the whole analysis of a model like
 * the infusion pump takes well under a millisecond.
 */
public final class Sensitivity {

    /** Rationale recorded on segregation claims made only to test them. */
    public static final String ASSUMED_RATIONALE = "assumed for the sensitivity analysis";

    private Sensitivity() {
    }

    /** The single assumptions tried for a model, in a stable order (controls, hazards, the harm reading, items). */
    public static List<Assumption> assumptions(SafetyModel model, ClassKernel kernel) {
        List<Assumption> out = new ArrayList<>();
        for (RiskControl control : model.controls()) {
            out.add(new Assumption("control", control.id(), new Change.RemoveControl(control.id())));
            if (kernel.creditableIfExternal(control.id())) {
                out.add(new Assumption("externality", control.id(),
                        new Change.SetExternal(control.id(), !control.external())));
            }
        }
        for (Hazard hazard : model.hazards()) {
            model.severityOf(hazard).ifPresent(level -> neighbours(model.policy().severity(), level).forEach(to ->
                    out.add(new Assumption("severity", hazard.id(), new Change.SetSeverity(hazard.id(), to)))));
            model.probabilityOf(hazard).ifPresent(level -> neighbours(model.policy().probability(), level)
                    .forEach(to -> out.add(new Assumption("probability", hazard.id(),
                            new Change.SetProbability(hazard.id(), to)))));
        }
        var reading = model.policy().classification().harm();
        out.add(new Assumption("option", "harm reading", new Change.SetHarmReading(reading.other())));
        for (SoftwareItem item : model.items()) {
            boolean credited = item.segregated() && item.hasSegregationRationale();
            out.add(new Assumption("segregation", item.id(), credited
                    ? new Change.Segregation(item.id(), false, "")
                    : new Change.Segregation(item.id(), true, ASSUMED_RATIONALE)));
        }
        return out;
    }

    private static List<String> neighbours(Scale scale, Level level) {
        List<String> out = new ArrayList<>(2);
        if (level.rank() < scale.size()) {
            out.add(scale.levels().get(level.rank()).name());
        }
        if (level.rank() > 1) {
            out.add(scale.levels().get(level.rank() - 2).name());
        }
        return out;
    }

    /** The analysis under IEC 62304 A1. */
    public static SensitivityResult of(SafetyModel model) {
        ClassKernel kernel = ClassKernel.of(model);
        List<Assumption> assumptions = assumptions(model, kernel);
        byte[] base = kernel.classify(kernel.baseline());
        List<String> ids = new ArrayList<>();
        ids.add(model.system().id());
        ids.addAll(kernel.itemIds());
        byte[][] results = new byte[assumptions.size()][];
        for (int a = 0; a < assumptions.size(); a++) {
            if ((a & 63) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            ClassKernel.State state = kernel.baseline();
            kernel.apply(assumptions.get(a).change(), state);
            results[a] = kernel.classify(state);
        }
        StringColumn item = StringColumn.create("item");
        StringColumn current = StringColumn.create("class");
        StringColumn kind = StringColumn.create("assumption");
        StringColumn subject = StringColumn.create("subject");
        StringColumn change = StringColumn.create("if");
        StringColumn becomes = StringColumn.create("becomes");
        StringColumn direction = StringColumn.create("direction");
        StringColumn sItem = StringColumn.create("item");
        StringColumn sClass = StringColumn.create("class");
        IntColumn sUp = IntColumn.create("up");
        IntColumn sDown = IntColumn.create("down");
        StringColumn sRests = StringColumn.create("rests on");
        for (int i = 0; i < ids.size(); i++) {
            int up = 0;
            int down = 0;
            List<String> rests = new ArrayList<>();
            for (int a = 0; a < assumptions.size(); a++) {
                if (results[a][i] == base[i]) {
                    continue;
                }
                Assumption assumption = assumptions.get(a);
                boolean raised = results[a][i] > base[i];
                item.append(ids.get(i));
                current.append(SafetyClass.values()[base[i]].name());
                kind.append(assumption.kind());
                subject.append(assumption.subject());
                change.append(assumption.words());
                becomes.append(SafetyClass.values()[results[a][i]].name());
                direction.append(raised ? "up" : "down");
                up += raised ? 1 : 0;
                down += raised ? 0 : 1;
                if (!rests.contains(assumption.subject())) {
                    rests.add(assumption.subject());
                }
            }
            sItem.append(ids.get(i));
            sClass.append(SafetyClass.values()[base[i]].name());
            sUp.append(up);
            sDown.append(down);
            sRests.append(String.join(", ", rests));
        }
        Table table = Table.create("sensitivity", item, current, kind, subject, change, becomes, direction);
        Table summary = Table.create("sensitivity summary", sItem, sClass, sUp, sDown, sRests);
        return new SensitivityResult(table, summary, assumptions.size());
    }
}
