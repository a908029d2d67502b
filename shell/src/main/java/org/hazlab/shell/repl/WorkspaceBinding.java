package org.hazlab.shell.repl;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.dsl.session.Session;

/**
 * Puts a loaded workspace into the session's binding under short, documented names, so the first prompt already
 * has something to look at: {@code ws}, {@code items}, {@code hazards}, {@code controls}, {@code incidents},
 * {@code model} and {@code classes} (the IEC 62304 classification of the model), and, when the workspace has
 * them, the traceability tables {@code requirements}, {@code verifications} and {@code evidence}.
 */
public final class WorkspaceBinding {

    private WorkspaceBinding() {
    }

    /** Binds the workspace; returns the names defined, in banner order. */
    public static List<String> bind(Session session, Workspace workspace) {
        List<String> names = new ArrayList<>();
        set(session, names, "ws", workspace);
        set(session, names, "items", workspace.items().table());
        set(session, names, "hazards", workspace.hazards().table());
        set(session, names, "controls", workspace.controls().table());
        set(session, names, "incidents", workspace.incidentTable());
        workspace.safetyModel().ifPresent(model -> {
            set(session, names, "model", model);
            set(session, names, "classes", Classifications.run(model));
        });
        workspace.trace().requirementsTable().ifPresent(t -> set(session, names, "requirements", t.table()));
        workspace.trace().verificationsTable().ifPresent(t -> set(session, names, "verifications", t.table()));
        workspace.trace().evidenceTable().ifPresent(t -> set(session, names, "evidence", t.table()));
        return names;
    }

    /** The names {@link #bind} defines for this workspace, without binding. */
    public static List<String> names(Workspace workspace) {
        List<String> names = new ArrayList<>(List.of("ws", "items", "hazards", "controls", "incidents"));
        if (workspace.safetyModel().isPresent()) {
            names.addAll(List.of("model", "classes"));
        }
        workspace.trace().requirementsTable().ifPresent(t -> names.add("requirements"));
        workspace.trace().verificationsTable().ifPresent(t -> names.add("verifications"));
        workspace.trace().evidenceTable().ifPresent(t -> names.add("evidence"));
        return names;
    }

    private static void set(Session session, List<String> names, String name, Object value) {
        session.set(name, value);
        names.add(name);
    }
}
