package org.hazlab.dsl;

import java.util.List;
import java.util.Map;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.ClassificationOptions.HarmReading;

/**
 * Adapts the DSL's named arguments {@code harm:} and {@code creditLabelling:} to the typed classification options
 * of the model's policy, so {@code classify(pump, harm: 'before-controls')} judges the model as a policy with that
 * option would, and every result names the options in force (docs/method.md, "Options").
 */
final class ClassificationOptionArgs {

    /** The argument names this adapter reads. */
    static final List<String> KEYS = List.of("harm", "creditLabelling");

    private ClassificationOptionArgs() {
    }

    /** The model under the options given (the policy's own for those not given). */
    static SafetyModel apply(SafetyModel model, Map<String, ?> args) {
        ClassificationOptions options = model.policy().classification();
        Object harm = args.get("harm");
        if (harm != null) {
            HarmReading reading = HarmReading.fromKey(String.valueOf(harm)).orElseThrow(() ->
                    new IllegalArgumentException("harm: '" + harm + "' is not a harm reading; expected one of "
                            + HarmReading.keys() + " (before-controls is the conservative reading)"));
            options = options.withHarm(reading);
        }
        Object labelling = args.get("creditLabelling");
        if (labelling != null) {
            if (!(labelling instanceof Boolean flag)) {
                throw new IllegalArgumentException("creditLabelling: expects true or false, got '" + labelling + "'");
            }
            options = options.withCreditLabelling(flag);
        }
        return model.withClassificationOptions(options);
    }
}
