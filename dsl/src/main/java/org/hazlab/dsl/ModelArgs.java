package org.hazlab.dsl;

import org.hazlab.core.model.SafetyModel;

/**
 * Accepts what scripts pass where a model is meant: a {@link SafetyModel}, or a loaded workspace (its model).
 * Anything else is an error that names what was passed.
 */
final class ModelArgs {

    private ModelArgs() {
    }

    static SafetyModel model(Object value, String verb) {
        if (value instanceof SafetyModel model) {
            return model;
        }
        if (value instanceof WorkspaceData workspace) {
            return workspace.getModel();
        }
        throw new IllegalArgumentException(verb + " needs a model (from workspace, system or whatIf), not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
