package org.hazlab.dsl;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.hazlab.core.model.SafetyModel;

/**
 * The names {@code whatIf} gave the models it made, kept per session so that {@code compare} can label its rows
 * with them while {@code whatIf} still returns a plain model. Weak keys: forgotten models are not kept alive.
 */
record ScenarioNames(Map<SafetyModel, String> names) {

    ScenarioNames() {
        this(Collections.synchronizedMap(new WeakHashMap<>()));
    }
}
