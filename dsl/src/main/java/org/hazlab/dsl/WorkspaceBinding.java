package org.hazlab.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.dsl.session.Session;

/**
 * Puts a loaded workspace into a binding under short, documented names, so the first prompt already has something
 * to look at: {@code ws}, {@code items}, {@code hazards}, {@code controls}, {@code incidents}, {@code model} and
 * {@code classes} (the IEC 62304 classification of the model), and, when the workspace has them, the traceability
 * tables {@code requirements}, {@code verifications} and {@code evidence}. The shell binds its workspace this way and a saved
 * session's first cell ({@code useWorkspace 'folder'}) does the same in a replay, so both see the same names.
 *
 * <p>{@code incidents} is the columnar {@link Incidents} value, as the {@code incidents} word gives it: a workspace of
 * a million reports binds in no time, and the Tablesaw table is built only when a cell asks for it.
 */
public final class WorkspaceBinding {

    private WorkspaceBinding() {
    }

    /** Binds the workspace in a session; returns the names defined, in banner order. */
    public static List<String> bind(Session session, Workspace workspace) {
        return bind(session::set, workspace);
    }

    /** Binds the workspace through a setter (a script's binding); returns the names defined, in banner order. */
    public static List<String> bind(BiConsumer<String, Object> setter, Workspace workspace) {
        List<String> names = new ArrayList<>();
        set(setter, names, "ws", workspace);
        set(setter, names, "items", workspace.items().table());
        set(setter, names, "hazards", workspace.hazards().table());
        set(setter, names, "controls", workspace.controls().table());
        set(setter, names, "incidents", Incidents.of(workspace.incidents()));
        workspace.safetyModel().ifPresent(model -> {
            set(setter, names, "model", model);
            set(setter, names, "classes", Classifications.run(model));
        });
        workspace.trace().requirementsTable().ifPresent(t -> set(setter, names, "requirements", t.table()));
        workspace.trace().verificationsTable().ifPresent(t -> set(setter, names, "verifications", t.table()));
        workspace.trace().evidenceTable().ifPresent(t -> set(setter, names, "evidence", t.table()));
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

    private static void set(BiConsumer<String, Object> setter, List<String> names, String name, Object value) {
        setter.accept(name, value);
        names.add(name);
    }
}
