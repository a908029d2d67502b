package org.hazlab.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.InvalidInputException;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The grid of assumptions: every combination of the options of several dimensions (a control present or not,
 * a severity over its levels, a segregation claimed or not, ...) with the classes that result, one row per
 * combination. Under the default scheme, grids that change only controls, estimates and segregation claims are
 * classified by {@link ClassKernel} (hundreds of thousands of variants per second); any other change goes
 * through the full engine.
 */
public final class Sweep {

    /** One value of a dimension: a label for the table and the changes it makes. */
    public record Option(String label, List<Change> changes) {
        public Option {
            Objects.requireNonNull(label, "label");
            changes = List.copyOf(changes);
        }

        public static Option of(String label, Change... changes) {
            return new Option(label, List.of(changes));
        }
    }

    /** One assumption varied over its options; the name is the table's column. */
    public record Dimension(String name, List<Option> options) {
        public Dimension {
            Objects.requireNonNull(name, "name");
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("dimension '" + name + "' has no options");
            }
        }
    }

    /** The largest grid a sweep runs (a table of a million rows); larger grids are refused, not truncated. */
    public static final long MAX_VARIANTS = 1_000_000;

    private Sweep() {
    }

    /** The whole grid under the default scheme (IEC 62304 A1). */
    public static SweepResult run(SafetyModel model, List<Dimension> dimensions) {
        return run(model, dimensions, Iec62304Scheme.ID);
    }

    /**
     * The whole grid. Columns: one per dimension (the option's label), {@code changed} (rows whose class differs
     * from the baseline), the system's class, then one column per item.
     *
     * @throws IllegalArgumentException when an option names an unknown id, or makes the model invalid
     */
    public static SweepResult run(SafetyModel model, List<Dimension> dimensions, String schemeId) {
        long size = 1;
        for (Dimension d : dimensions) {
            size = Math.multiplyExact(size, d.options().size());
            if (size > MAX_VARIANTS) {
                throw new IllegalArgumentException("the sweep's grid has more than " + MAX_VARIANTS
                        + " combinations; vary fewer assumptions, or fewer options each");
            }
        }
        boolean fast = Iec62304Scheme.ID.equals(schemeId) && dimensions.stream()
                .allMatch(d -> d.options().stream().allMatch(o -> ClassKernel.supportsAll(o.changes())));
        ClassKernel kernel = ClassKernel.of(model);
        List<String> ids = new ArrayList<>();
        ids.add(model.system().id());
        ids.addAll(kernel.itemIds());
        String[] baseline = fast ? kernelLabels(kernel, List.of()) : labels(model, schemeId, ids);
        List<StringColumn> dimensionColumns = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>(ids);
        taken.addAll(List.of("system", "changed"));
        for (Dimension d : dimensions) {
            String name = d.name();
            while (!taken.add(name)) {
                name = name + " (assumption)";
            }
            dimensionColumns.add(StringColumn.create(name));
        }
        IntColumn changed = IntColumn.create("changed");
        List<StringColumn> classColumns = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            classColumns.add(StringColumn.create(i == 0 ? "system" : ids.get(i)));
        }
        int[] choice = new int[dimensions.size()];
        long count = 0;
        do {
            if ((++count & 255) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            List<Change> changes = new ArrayList<>();
            for (int d = 0; d < choice.length; d++) {
                Option option = dimensions.get(d).options().get(choice[d]);
                dimensionColumns.get(d).append(option.label());
                changes.addAll(option.changes());
            }
            String[] labels = fast ? kernelLabels(kernel, changes) : fullLabels(model, changes, schemeId, ids);
            int differing = 0;
            for (int i = 0; i < labels.length; i++) {
                classColumns.get(i).append(labels[i]);
                differing += labels[i].equals(baseline[i]) ? 0 : 1;
            }
            changed.append(differing);
        } while (next(choice, dimensions));
        List<tech.tablesaw.columns.Column<?>> columns = new ArrayList<>(dimensionColumns);
        columns.add(changed);
        columns.addAll(classColumns);
        Table table = Table.create("sweep", columns);
        return new SweepResult(table, count, fast);
    }

    private static boolean next(int[] choice, List<Dimension> dimensions) {
        for (int d = choice.length - 1; d >= 0; d--) {
            if (++choice[d] < dimensions.get(d).options().size()) {
                return true;
            }
            choice[d] = 0;
        }
        return false;
    }

    private static String[] kernelLabels(ClassKernel kernel, List<Change> changes) {
        ClassKernel.State state = kernel.baseline();
        for (Change change : changes) {
            if (!kernel.apply(change, state)) {
                throw new IllegalArgumentException("cannot apply '" + change.describe() + "': unknown id or level,"
                        + " or the control is already removed");
            }
        }
        byte[] classes = kernel.classify(state);
        String[] labels = new String[classes.length];
        for (int i = 0; i < classes.length; i++) {
            labels[i] = SafetyClass.values()[classes[i]].name();
        }
        return labels;
    }

    private static String[] fullLabels(SafetyModel model, List<Change> changes, String schemeId, List<String> ids) {
        try {
            return labels(new Scenario("sweep", changes).applyTo(model), schemeId, ids);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("the combination '" + new Scenario("", changes).describe()
                    + "' makes the model invalid: " + e.getMessage(), e);
        }
    }

    private static String[] labels(SafetyModel model, String schemeId, List<String> ids) {
        ClassificationResult result = Classifications.run(model, schemeId);
        Map<String, String> byId = result.labels();
        String[] labels = new String[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            labels[i] = byId.getOrDefault(ids.get(i), "-");
        }
        return labels;
    }
}
