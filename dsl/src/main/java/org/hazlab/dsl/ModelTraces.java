package org.hazlab.dsl;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.trace.Traceability;

/**
 * The traceability of the models a session knows: a workspace's model maps to the workspace's requirements,
 * verifications and evidence, and a {@code whatIf} scenario inherits its baseline's, so that {@code gaps(scenario)}
 * shows what the scenario's classes would cost in evidence. Weak keys: forgotten models are not kept alive.
 */
public record ModelTraces(Map<SafetyModel, Traceability> traces) {

    public ModelTraces() {
        this(Collections.synchronizedMap(new WeakHashMap<>()));
    }
}
