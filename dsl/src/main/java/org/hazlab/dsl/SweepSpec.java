package org.hazlab.dsl;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.Level;
import org.hazlab.core.whatif.Change;
import org.hazlab.core.whatif.Sweep;
import org.hazlab.dsl.session.SessionContext;

/**
 * The delegate of {@code sweep(model) { vary ...; vary ... }}: each {@code vary} adds one dimension of the grid.
 * <pre>
 * vary control: 'RC-HW-04'                         // present / removed
 * vary external: 'RC-HUM-01'                       // as is / flipped
 * vary severity: 'HZ-002', over: ['Serious', 'Critical']   // default: every level of the scale
 * vary probability: 'HZ-002', over: [...]
 * vary segregation: 'IPC-BATT', rationale: 'own microcontroller'   // no / yes
 * vary unacceptableFrom: ['L', 'M', 'H']
 * vary harm: ['after-controls', 'before-controls']  // the harm reading of IEC 62304 step 3
 * vary 'dosing module', [without: {}, with: { addItem 'DOSE-REC', parent: 'IPC-THER' }]
 * </pre>
 */
public final class SweepSpec {

    private final SessionContext session;
    private final SafetyModel model;
    private final List<Sweep.Dimension> dimensions = new ArrayList<>();

    SweepSpec(SessionContext session, SafetyModel model) {
        this.session = session;
        this.model = model;
    }

    static List<Sweep.Dimension> collect(SessionContext session, SafetyModel model, Closure<?> body) {
        SweepSpec spec = new SweepSpec(session, model);
        Closure<?> code = body.rehydrate(spec, body.getOwner(), body.getThisObject());
        code.setResolveStrategy(Closure.DELEGATE_FIRST);
        code.call();
        if (spec.dimensions.isEmpty()) {
            throw new IllegalArgumentException("sweep needs at least one 'vary'");
        }
        return List.copyOf(spec.dimensions);
    }

    /** A dimension given by one of the keys control, external, severity, probability, segregation, unacceptableFrom, harm. */
    public void vary(Map<String, ?> args) {
        if (args.containsKey("control")) {
            String id = String.valueOf(args.get("control"));
            add(id, Sweep.Option.of("present"), Sweep.Option.of("removed", new Change.RemoveControl(id)));
        } else if (args.containsKey("external")) {
            String id = String.valueOf(args.get("external"));
            boolean now = model.control(id).orElseThrow(() -> new IllegalArgumentException("no control '" + id
                    + "' in the model")).external();
            add(id + " external", Sweep.Option.of(now ? "yes" : "no"),
                    Sweep.Option.of(now ? "no" : "yes", new Change.SetExternal(id, !now)));
        } else if (args.containsKey("severity") || args.containsKey("probability")) {
            boolean severity = args.containsKey("severity");
            String hazard = String.valueOf(args.get(severity ? "severity" : "probability"));
            List<String> levels = args.containsKey("over") ? ModelFields.list(args.get("over"))
                    : (severity ? model.policy().severity() : model.policy().probability()).levels().stream()
                    .map(Level::name).toList();
            List<Sweep.Option> options = new ArrayList<>();
            for (String level : levels) {
                options.add(Sweep.Option.of(level, severity ? new Change.SetSeverity(hazard, level)
                        : new Change.SetProbability(hazard, level)));
            }
            dimensions.add(new Sweep.Dimension(hazard + (severity ? " severity" : " probability"), options));
        } else if (args.containsKey("segregation")) {
            String id = String.valueOf(args.get("segregation"));
            Object rationale = args.get("rationale");
            String words = rationale == null ? "claimed in a sweep" : String.valueOf(rationale);
            var item = model.item(id).orElseThrow(() -> new IllegalArgumentException("no item '" + id
                    + "' in the model"));
            boolean credited = item.segregated() && item.hasSegregationRationale();
            add(id + " segregated", Sweep.Option.of(credited ? "yes" : "no"), credited
                    ? Sweep.Option.of("no", new Change.Segregation(id, false, ""))
                    : Sweep.Option.of("yes", new Change.Segregation(id, true, words)));
        } else if (args.containsKey("unacceptableFrom")) {
            List<Sweep.Option> options = new ArrayList<>();
            for (String zone : ModelFields.list(args.get("unacceptableFrom"))) {
                options.add(Sweep.Option.of(zone, new Change.SetUnacceptableFrom(zone)));
            }
            dimensions.add(new Sweep.Dimension("unacceptable from", options));
        } else if (args.containsKey("harm")) {
            List<Sweep.Option> options = new ArrayList<>();
            for (String key : ModelFields.list(args.get("harm"))) {
                var reading = org.hazlab.core.policy.ClassificationOptions.HarmReading.fromKey(key).orElseThrow(() ->
                        new IllegalArgumentException("vary harm: '" + key + "' is not a harm reading; expected "
                                + org.hazlab.core.policy.ClassificationOptions.HarmReading.keys()));
                options.add(Sweep.Option.of(reading.key(), new Change.SetHarmReading(reading)));
            }
            dimensions.add(new Sweep.Dimension("harm", options));
        } else {
            throw new IllegalArgumentException("vary needs one of control:, external:, severity:, probability:, "
                    + "segregation:, unacceptableFrom:, harm: (or a name and a map of scenarios); got " + args.keySet());
        }
    }

    /** A dimension of named scenarios: {@code vary 'name', [label: { whatIf words }, ...]}. */
    public void vary(String name, Map<String, Closure<?>> options) {
        List<Sweep.Option> list = new ArrayList<>();
        options.forEach((label, body) -> list.add(new Sweep.Option(label, ScenarioSpec.collect(session, body))));
        dimensions.add(new Sweep.Dimension(name, list));
    }

    private void add(String name, Sweep.Option... options) {
        dimensions.add(new Sweep.Dimension(name, List.of(options)));
    }
}
