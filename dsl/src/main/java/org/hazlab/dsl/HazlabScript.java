package org.hazlab.dsl;

import groovy.transform.NamedParam;
import groovy.lang.Closure;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.classify.render.DecisionTree;
import org.hazlab.core.classify.render.ResultTable;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.trace.gaps.GapDelta;
import org.hazlab.core.trace.gaps.GapReport;
import org.hazlab.core.trace.impact.ImpactReport;
import org.hazlab.core.whatif.ClassComparison;
import org.hazlab.core.whatif.Comparison;
import org.hazlab.core.whatif.Scenario;
import org.hazlab.core.whatif.Sensitivity;
import org.hazlab.core.whatif.SensitivityResult;
import org.hazlab.core.whatif.Sweep;
import org.hazlab.core.whatif.SweepResult;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.review.job.ReviewJob;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.dsl.session.LoadProgress;
import org.hazlab.dsl.session.ScriptFailure;
import tech.tablesaw.api.Table;

/**
 * The base class of every hazlab script and cell: the DSL words (docs/dsl.md). Declare it in a script with
 * {@code @groovy.transform.BaseScript org.hazlab.dsl.HazlabScript hazlab} so that IntelliJ and Eclipse complete
 * the words; hazlab applies it either way. Each word is a thin layer over core ({@code org.hazlab.core.whatif},
 * {@code org.hazlab.core.classify}), so Java cells can call the same APIs.
 */
public abstract class HazlabScript extends LoadingWords {

    private static final String DEFAULT_SCHEME = "62304";

    // ---- models ----------------------------------------------------------------------------------------------

    /** Defines a model inline: {@code system('Pump') { item ...; hazard ...; control ... }}. */
    public SafetyModel system(String name, Closure<?> body) {
        return system(Map.of(), name, body);
    }

    /** {@code system('Pump', id: 'PUMP', purpose: '...', policy: ws) { ... }}. */
    public SafetyModel system(@NamedParam("id") @NamedParam("purpose")
            @NamedParam("policy") Map<String, ?> options, String name, Closure<?> body) {
        ModelFields.check("system", options, List.of("id", "purpose", "policy"));
        Object id = options.get("id");
        Object purpose = options.get("purpose");
        SafetyModel.Builder builder = SystemSpec.fresh(id == null ? "SYSTEM" : String.valueOf(id), name,
                purpose == null ? "" : String.valueOf(purpose), null);
        SystemSpec spec = new SystemSpec(session(), builder);
        if (options.get("policy") != null) {
            spec.policy(options.get("policy"));
        }
        return SystemSpec.build(session(), builder, body);
    }

    /** Extends a model (a workspace's, or another inline one) with more elements: {@code system(ws) { item ... }}. */
    public SafetyModel system(Object base, Closure<?> body) {
        return SystemSpec.build(session(), ModelArgs.model(base, "system").toBuilder(), body);
    }

    // ---- classification ------------------------------------------------------------------------------------

    /**
     * The classification as a table (item, name, parent, depth, class, path, because, contested); {@code scheme:}
     * by id, {@code harm: 'before-controls'} for the conservative reading, {@code creditLabelling: true}.
     */
    public Table classify(Object model) {
        return classify(Map.of(), model);
    }

    public Table classify(@NamedParam("scheme") @NamedParam("harm") @NamedParam("creditLabelling")
                          Map<String, ?> options, Object model) {
        return ResultTable.of(classification(options, model));
    }

    /** The full result (rows with decision paths, hazard judgements, warnings), for Java APIs and JSON. */
    public ClassificationResult classification(Object model) {
        return classification(Map.of(), model);
    }

    public ClassificationResult classification(@NamedParam("scheme") @NamedParam("harm")
                                               @NamedParam("creditLabelling") Map<String, ?> options, Object model) {
        ModelFields.check("classify", options, withOptionKeys("scheme"));
        return Classifications.run(ClassificationOptionArgs.apply(ModelArgs.model(model, "classify"), options),
                scheme(options));
    }

    /** Every scheme side by side: item, name, 62304, 62304-2006, imdrf, mdr11, fda. */
    public Table schemes(Object model) {
        return Classifications.sideBySide(ModelArgs.model(model, "schemes"));
    }

    /** The decision path of one item (or the system) in plain words. */
    public String explain(Object model, String itemId) {
        return explain(Map.of(), model, itemId);
    }

    public String explain(Map<String, ?> options, Object model, String itemId) {
        ClassificationResult result = classification(options, model);
        return DecisionTree.render(result.item(itemId).orElseThrow(() -> new IllegalArgumentException(
                "no item '" + itemId + "' in the model; items: " + String.join(", ", result.labels().keySet()))));
    }

    /** The auditor's consistency checks as a table. */
    public Table checks(Object model) {
        return ConsistencyChecks.table(ConsistencyChecks.run(ModelArgs.model(model, "checks")));
    }

    // ---- what-if -------------------------------------------------------------------------------------------

    /** A changed copy of the model; the baseline is untouched. The name labels it in {@code compare}. */
    public SafetyModel whatIf(Object model, String name, Closure<?> body) {
        SafetyModel baseline = ModelArgs.model(model, "whatIf");
        Scenario scenario = new Scenario(name, ScenarioSpec.collect(session(), body));
        try {
            SafetyModel changed = scenario.applyTo(baseline);
            names().put(changed, name);
            TraceCalls.inherit(session(), getBinding().getVariables(), baseline, changed);
            return changed;
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    /** The items whose class changed in each scenario (the scenarios' whatIf names), under {@code scheme:}. */
    public Comparison compare(Object baseline, Object... scenarios) {
        return compare(Map.of(), baseline, scenarios);
    }

    public Comparison compare(@NamedParam("scheme") Map<String, ?> options, Object baseline, Object... scenarios) {
        ModelFields.check("compare", options, List.of("scheme"));
        List<Object> all = new ArrayList<>();
        for (Object scenario : scenarios) {
            if (scenario instanceof Collection<?> many) {
                all.addAll(many);
            } else {
                all.add(scenario);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("compare needs a baseline and at least one scenario");
        }
        Map<String, SafetyModel> named = new LinkedHashMap<>();
        for (Object scenario : all) {
            SafetyModel model = ModelArgs.model(scenario, "compare");
            String name = names().getOrDefault(model, "scenario " + (named.size() + 1));
            while (named.containsKey(name)) {
                name = name + "'";
            }
            named.put(name, model);
        }
        return ClassComparison.compare(ModelArgs.model(baseline, "compare"), named, scheme(options));
    }

    /** The grid of assumptions with the resulting classes: {@code sweep(model) { vary ...; vary ... }}. */
    public SweepResult sweep(Object model, Closure<?> body) {
        return sweep(Map.of(), model, body);
    }

    public SweepResult sweep(@NamedParam("scheme") @NamedParam("harm") @NamedParam("creditLabelling")
                             Map<String, ?> options, Object model, Closure<?> body) {
        ModelFields.check("sweep", options, withOptionKeys("scheme"));
        SafetyModel baseline = ClassificationOptionArgs.apply(ModelArgs.model(model, "sweep"), options);
        List<Sweep.Dimension> dimensions = SweepSpec.collect(session(), baseline, body);
        return Sweep.run(baseline, dimensions, scheme(options));
    }

    /** For each item, the single assumptions whose change would move its class (IEC 62304 A1). */
    public SensitivityResult sensitivity(Object model) {
        return sensitivity(Map.of(), model);
    }

    /** The same under other options: {@code sensitivity(pump, harm: 'before-controls')}. */
    public SensitivityResult sensitivity(@NamedParam("harm") @NamedParam("creditLabelling") Map<String, ?> options,
                                         Object model) {
        ModelFields.check("sensitivity", options, ClassificationOptionArgs.KEYS);
        return Sensitivity.of(ClassificationOptionArgs.apply(ModelArgs.model(model, "sensitivity"), options));
    }

    // ---- periodic review ------------------------------------------------------------------------------------

    /**
     * A periodic review of a workspace's incidents (docs/periodic-review.md): {@code review pump, period:
     * '2026-Q3', keywords: ['HZ-010': ['LOW FLOW RATE']], history: 'review-history.jsonl', out: 'review'}.
     * Trends, signals and reassessment triggers; with {@code history} a hash-chained record is appended, with
     * {@code out} the Markdown, HTML and JSON reports are written (both relative to the run's output folder).
     * Every named argument is listed, with its default, in {@code ReviewOptionKeys} and docs/dsl.md.
     */
    public ReviewResult review(Map<String, ?> options, WorkspaceData workspace) throws IOException {
        return reviewWithProgress(workspace.getModel(), workspace.getIncidents().getStore(),
                ReviewCall.options(options, workspace, session()));
    }

    /** A periodic review of a model against incidents read with the {@code incidents} word. */
    public ReviewResult review(Map<String, ?> options, Object model, Incidents incidents) throws IOException {
        WorkspaceData workspace = model instanceof WorkspaceData data ? data : null;
        return reviewWithProgress(ModelArgs.model(model, "review"), incidents.getStore(),
                ReviewCall.options(options, workspace, session()));
    }

    /** The review, its search of the narratives shown as a load (on a terminal, when it takes over a second). */
    private ReviewResult reviewWithProgress(org.hazlab.core.model.SafetyModel model,
                                            org.hazlab.core.incidents.IncidentStore store,
                                            org.hazlab.core.review.ReviewOptions options) throws IOException {
        LoadProgress progress = session().state(LoadProgress.class, LoadProgress::new);
        try {
            return ReviewJob.run(model, store, options, progress.progress());
        } finally {
            progress.finished();
        }
    }

    // ---- traceability (docs/traceability.md) -----------------------------------------------------------------

    /**
     * The gaps of a workspace, or of a model from one (a {@code whatIf} scenario keeps its baseline's
     * requirements and evidence): {@code summary()}, {@code missingTable()}, {@code controlTable()},
     * {@code hazardTable()}, {@code lowerClassTable()}.
     */
    public GapReport gaps(Object target) {
        return TraceCalls.gaps(session(), getBinding().getVariables(), target, names().get(target));
    }

    /** What a scenario's classes cost in evidence: activities without evidence that were not gaps before. */
    public GapDelta evidenceCost(Object baseline, Object scenario) {
        return TraceCalls.evidenceCost(gaps(baseline), gaps(scenario));
    }

    /** The impact between two versions: workspaces or folder names. */
    public ImpactReport impact(Object before, Object after) {
        return TraceCalls.impact(this::existing, before, after);
    }

    /** The impact between two git revisions of a workspace folder: {@code impact(git: 'v1..v2', 'folder')}. */
    public ImpactReport impact(@NamedParam(value = "git", required = true) Map<String, ?> options, String folder) {
        ModelFields.check("impact", options, List.of("git"));
        return TraceCalls.impactGit(existing(folder), String.valueOf(options.get("git")));
    }

    /**
     * Writes the classification record (Markdown, HTML, JSON) of a workspace into {@code out:} (under the run's
     * {@code --out}); {@code asOf:} defaults to the run's date. Returns the files written.
     */
    public List<Path> record(@NamedParam("out") @NamedParam("asOf") @NamedParam("history") @NamedParam("git")
                             @NamedParam("preparedBy") @NamedParam("preparedOn") @NamedParam("reviewedBy")
                             @NamedParam("reviewedOn") @NamedParam("approvedBy") @NamedParam("approvedOn")
                             Map<String, ?> options, Object workspace) throws IOException {
        return TraceCalls.record(session(), options, workspace);
    }

    // ---- results and runs ----------------------------------------------------------------------------------

    /** Prints a value the way a cell's value is shown (tables as tables); returns nothing, so nothing is shown twice. */
    public void show(Object value) {
        String text = org.hazlab.dsl.render.Display.text(value, session().displayWidth());
        session().out().print(text.endsWith("\n") ? text : text + "\n");
    }

    /** Findings: when a headless run ends with findings that are not empty, it exits 3. */
    public Findings findings(Object rows, String message) {
        return Findings.of(rows, message);
    }

    /** Ends the run as "ran and found something": {@code hazlab run} exits 3. */
    public void fail(String reason) {
        throw new ScriptFailure(reason);
    }

    /** Writes a value into the output folder ({@code --out}) in the format of the extension: csv, json, md, html, txt. */
    public Path save(Object value, String name) throws IOException {
        Path target = session().output(name);
        Artefacts.save(value, target);
        return target;
    }

    /**
     * A parameter of the run ({@code hazlab run -p name=value}) or its default when not given; sets the variable
     * either way: {@code def period = param('period', '2026-Q3')}.
     */
    public Object param(String name, Object defaultValue) {
        Object value = getBinding().hasVariable(name) ? getBinding().getVariable(name) : defaultValue;
        getBinding().setVariable(name, value);
        return value;
    }

    /** The date of the run: {@code --as-of} when given, so that outputs are reproducible. */
    public LocalDate getToday() {
        return session().today();
    }

    private Map<SafetyModel, String> names() {
        return session().state(ScenarioNames.class, ScenarioNames::new).names();
    }

    private static List<String> withOptionKeys(String... keys) {
        List<String> all = new ArrayList<>(List.of(keys));
        all.addAll(ClassificationOptionArgs.KEYS);
        return all;
    }

    private static String scheme(Map<String, ?> options) {
        Object scheme = options.get("scheme");
        return scheme == null ? DEFAULT_SCHEME : String.valueOf(scheme);
    }
}
