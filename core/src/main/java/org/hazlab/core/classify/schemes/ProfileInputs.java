package org.hazlab.core.classify.schemes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.SystemProfile;

/**
 * Reads the optional workspace attributes a comparison scheme needs, recording each read as a decision step and
 * each missing or invalid one by its key, so that the scheme can say exactly what to fill in instead of guessing.
 * Values are compared ignoring case, with spaces and underscores read as hyphens.
 */
final class ProfileInputs {

    private static final Map<String, String> YES_NO = Map.of("yes", "yes", "y", "yes", "true", "yes", "1", "yes",
            "no", "no", "n", "no", "false", "no", "0", "no");

    private final SystemProfile profile;
    private final List<String> missing = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<DecisionStep> steps = new ArrayList<>();

    ProfileInputs(SystemProfile profile) {
        this.profile = profile;
    }

    /**
     * The canonical value of an attribute, given its allowed values and their aliases (alias to canonical).
     * Empty, and recorded as missing, when absent or not understood.
     */
    Optional<String> choice(String key, String meaning, List<String> allowed, Map<String, String> aliases) {
        Optional<String> raw = profile.attribute(key);
        if (raw.isEmpty()) {
            missing.add(key);
            problems.add(key + " is missing (" + String.join("|", allowed) + ")");
            steps.add(DecisionStep.simple(StepKind.MISSING_INPUT, List.of(key), "", "The workspace does not say "
                    + meaning + ": set the attribute " + key + " to one of " + String.join(", ", allowed) + "."));
            return Optional.empty();
        }
        String normal = raw.get().strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String value = allowed.contains(normal) ? normal : aliases.get(normal);
        if (value == null) {
            missing.add(key);
            problems.add(key + " = '" + raw.get() + "' is not one of " + String.join("|", allowed));
            steps.add(DecisionStep.simple(StepKind.MISSING_INPUT, List.of(key), "", "The attribute " + key
                    + " is '" + raw.get() + "', which is not one of " + String.join(", ", allowed) + "."));
            return Optional.empty();
        }
        steps.add(DecisionStep.simple(StepKind.INPUT, List.of(key), "", "The workspace says " + meaning + ": "
                + key + " = " + value + "."));
        return Optional.of(value);
    }

    /** A yes/no attribute. */
    Optional<Boolean> yesNo(String key, String meaning) {
        return choice(key, meaning, List.of("yes", "no"), YES_NO).map("yes"::equals);
    }

    List<String> missing() {
        return List.copyOf(missing);
    }

    boolean complete() {
        return missing.isEmpty();
    }

    /** "significance is missing (...); situation = 'x' is not one of ..." */
    String problemWords() {
        return String.join("; ", problems);
    }

    List<DecisionStep> steps() {
        return steps;
    }

    void step(DecisionStep step) {
        steps.add(step);
    }
}
