package org.hazlab.shell.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.classify.render.DecisionTree;
import org.hazlab.core.classify.render.ResultFormat;
import org.hazlab.core.classify.render.ResultJson;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hazlab classify}: the safety class of every item, under one scheme or all of them, with the reasons. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {
            "Classify every software item of a workspace and the system: IEC 62304:2006+A1 by default, or another "
                + "scheme, or all schemes side by side. --explain prints each decision path in plain words; "
                + "--format json prints the stable document of docs/classification-json.md. Text and Markdown end "
                + "with the auditor's consistency findings (docs/method.md); JSON holds them under \"findings\". "
                + "The options in force (--harm, --credit-labelling, or the policy's) head every output; a contested "
                + "item shows its class under the other harm reading too."
        })
public final class ClassifyCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, json, md }

    @Spec
    private CommandSpec spec;

    private final OutputStyle style;

    /** A command that colours its terminal output as {@code style} says. */
    public ClassifyCommand(OutputStyle style) {
        this.style = style;
    }

    @Mixin
    private WorkspaceArgument workspace;

    @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "62304",
            description = "62304, 62304-2006, imdrf, mdr11, fda or all (default: ${DEFAULT-VALUE}).")
    private String scheme;

    @Option(names = "--item", paramLabel = "ID", description = "Only this item (or the system's id).")
    private String item;

    @Option(names = "--explain", description = "Print the decision paths (and, with --item, the required activities).")
    private boolean explain;

    @Option(names = "--harm", paramLabel = "READING",
            description = "Which harm IEC 62304 step 3 judges: after-controls (the resulting possible harm, A1 4.3) or "
                    + "before-controls (the conservative reading). Default: the policy's (policy.json "
                    + "classification.harm), else after-controls.")
    private String harm;

    @Option(names = "--credit-labelling", negatable = true, paramLabel = "",
            description = "Credit labelling as an external control (--no-credit-labelling: do not). Default: the "
                    + "policy's (classification.creditLabelling), else not credited.")
    private Boolean creditLabelling;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        boolean all = scheme.equals("all");
        ClassificationOptions.HarmReading reading = null;
        if (harm != null) {
            reading = ClassificationOptions.HarmReading.fromKey(harm).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown harm reading '" + harm + "'; expected one of "
                    + ClassificationOptions.HarmReading.keys()));
        }
        if (!all && !Classifications.schemeIds().contains(scheme)) {
            throw new ParameterException(spec.commandLine(), "unknown scheme '" + scheme + "'; expected one of "
                    + String.join(", ", Classifications.schemeIds()) + " or all");
        }
        WorkspaceLocator.Choice choice = workspace.choice();
        Workspace loaded = workspace.load(spec.commandLine().getErr()).orElse(null);
        if (loaded == null) {
            return ExitCodes.FAILED;
        }
        if (loaded.safetyModel().isEmpty()) {
            var err = spec.commandLine().getErr();
            loaded.problemList().stream().filter(Problem::isError)
                    .forEach(p -> err.println(style.err().error(p.format())));
            err.println(style.err().error("hazlab: ") + choice.folder() + " is not valid (" + loaded.problems().errorCount()
                    + " errors); run 'hazlab check " + choice.folder() + "' for the full report");
            err.flush();
            return ExitCodes.FAILED;
        }
        SafetyModel model = withOptions(loaded.safetyModel().get(), reading);
        List<ClassificationResult> results = all ? Classifications.runAll(model)
                : List.of(Classifications.run(model, scheme));
        if (item != null) {
            if (results.get(0).item(item).isEmpty()) {
                spec.commandLine().getErr().println(style.err().error("hazlab: no item") + " '" + item + "' in " + choice.folder()
                        + "; items are " + String.join(", ", results.get(0).labels().keySet()));
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
            results = results.stream().map(r -> ClassificationFilter.toItem(r, item)).toList();
        }
        var out = spec.commandLine().getOut();
        List<Problem> findings = findingsFor(model);
        if (format == Format.json) {
            out.print(all ? ResultJson.render(results, findings) : ResultJson.render(results.get(0), findings));
        } else {
            String text = render(results, all) + findings(findings);
            out.print(format == Format.text ? ClassCHighlight.apply(text, style.out()) : text);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String render(List<ClassificationResult> results, boolean all) {
        if (format == Format.md) {
            return all ? ResultFormat.MARKDOWN.render(results) : ResultFormat.MARKDOWN.render(results.get(0));
        }
        StringBuilder text = new StringBuilder();
        if (all) {
            results.get(0).optionsInForce().ifPresent(o -> text.append("Options: ").append(o.words()).append('\n'));
            text.append(ResultFormat.TABLE.render(results));
        } else {
            text.append(ClassificationText.render(results.get(0), terminalWidth()));
        }
        if (explain) {
            for (ClassificationResult result : results) {
                text.append('\n');
                text.append(item == null ? DecisionTree.render(result)
                        : result.schemeName() + "\n" + DecisionTree.render(result.item(item).orElseThrow()));
            }
            if (item != null && results.get(0).schemeId().startsWith("62304")) {
                text.append(activities(results.get(0).item(item).orElseThrow()));
            }
        }
        return text.toString();
    }

    /** The model judged under the options given on the command line (the policy's for those not given). */
    private SafetyModel withOptions(SafetyModel model, ClassificationOptions.HarmReading reading) {
        ClassificationOptions options = model.policy().classification();
        if (reading != null) {
            options = options.withHarm(reading);
        }
        if (creditLabelling != null) {
            options = options.withCreditLabelling(creditLabelling);
        }
        return model.withClassificationOptions(options);
    }

    /** The auditor's consistency checks (docs/method.md) on the model, narrowed to --item when given. */
    private List<Problem> findingsFor(SafetyModel model) {
        return ConsistencyChecks.run(model).stream()
                .filter(p -> item == null || p.message().contains("'" + item + "'")).toList();
    }

    /** The findings after the classes in text and Markdown. */
    private String findings(List<Problem> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(format == Format.md ? "\n## Auditor findings\n\n" : "\nAuditor findings\n");
        for (Problem finding : findings) {
            out.append(format == Format.md ? "- `" + finding.location() + "` " + finding.severity().label() + " ["
                    + finding.code() + "]: " + finding.message() + "\n" : finding.format() + "\n");
        }
        return out.toString();
    }

    private static String activities(ItemClassification row) {
        SafetyClass safetyClass = SafetyClass.parse(row.label()).orElse(null);
        if (safetyClass == null) {
            return "";
        }
        List<Activity> required = ActivityCatalogue.iec62304().requiredFor(safetyClass);
        StringBuilder out = new StringBuilder("\nIEC 62304 activities required for class " + safetyClass + " ("
                + required.size() + " clauses, Table A.1):\n");
        required.forEach(a -> out.append("  ").append(a.clause()).append("  ").append(a.title()).append('\n'));
        return out.toString();
    }

    private static int terminalWidth() {
        if (System.console() == null) {
            return 0;
        }
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120"));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
