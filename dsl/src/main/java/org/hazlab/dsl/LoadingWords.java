package org.hazlab.dsl;

import groovy.transform.NamedParam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.WorkspaceSchemas;
import org.hazlab.dsl.session.LoadProgress;
import org.hazlab.dsl.session.SessionScript;
import tech.tablesaw.api.Table;

/**
 * The DSL's loading words (docs/dsl.md, "Loading"): a workspace folder, single table files, incident files and a
 * set of files as a model. They sit below {@link HazlabScript}, the base class of every script, so that reading
 * data and working on it are two classes of one reason to change each; a script sees both through inheritance.
 */
public abstract class LoadingWords extends SessionScript {

    // ---- loading -------------------------------------------------------------------------------------------

    /**
     * Loads a workspace folder and binds it as the shell does ({@code ws}, {@code items}, {@code hazards},
     * {@code controls}, {@code incidents}, {@code model}, {@code classes}): the first cell of a saved shell
     * session, so that {@code hazlab run} and {@code :open}/{@code :run} replay it with the same names. Like the
     * shell, it keeps a workspace with problems (printed as messages) so its tables can be inspected.
     */
    public void useWorkspace(String folder) {
        try {
            LoadProgress progress = session().state(LoadProgress.class, LoadProgress::new);
            org.hazlab.core.workspace.Workspace loaded;
            try {
                loaded = org.hazlab.core.workspace.WorkspaceLoader.load(existing(folder), progress.progress());
            } finally {
                progress.finished();
            }
            loaded.problemList().forEach(p -> session().messages().println(p.format()));
            WorkspaceBinding.bind((name, value) -> getBinding().setVariable(name, value), loaded);
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    /** Loads a workspace folder; an invalid workspace is an error listing every problem. */
    public WorkspaceData workspace(String folder) {
        return workspace(Map.of(), folder);
    }

    /** {@code workspace 'folder', strict: false} keeps an invalid workspace to inspect its tables and problems. */
    public WorkspaceData workspace(@NamedParam("strict") Map<String, ?> options, String folder) {
        ModelFields.check("workspace", options, List.of("strict"));
        try {
            LoadProgress progress = session().state(LoadProgress.class, LoadProgress::new);
            WorkspaceData data;
            try {
                data = new WorkspaceData(org.hazlab.core.workspace.WorkspaceLoader.load(existing(folder),
                        progress.progress()));
            } finally {
                progress.finished();
            }
            if (!Boolean.FALSE.equals(options.get("strict")) && !data.getWorkspace().isValid()) {
                throw new InvalidInputException(data.getProblems().stream().filter(p -> p.isError()).toList());
            }
            data.getProblems().stream().filter(p -> !p.isError())
                    .forEach(p -> session().messages().println(p.format()));
            TraceCalls.remember(session(), data.getWorkspace());
            return data;
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    /** One items file: {@code items 'list.xlsx', sheet: 'Items', columns: ['SW item': 'id']}. */
    public Table items(@NamedParam("columns") @NamedParam("sheet") @NamedParam("encoding")
            @NamedParam("delimiter") @NamedParam("dateFormat") Map<String, ?> options, String file) {
        return table(WorkspaceSchemas.ITEMS, options, file);
    }

    public Table items(String file) {
        return items(Map.of(), file);
    }

    /** One hazard log file: {@code hazards 'my-log.xlsx', columns: [Gravity: 'severity']}. */
    public Table hazards(@NamedParam("columns") @NamedParam("sheet") @NamedParam("encoding")
            @NamedParam("delimiter") @NamedParam("dateFormat") Map<String, ?> options, String file) {
        return table(WorkspaceSchemas.HAZARDS, options, file);
    }

    public Table hazards(String file) {
        return hazards(Map.of(), file);
    }

    public Table controls(@NamedParam("columns") @NamedParam("sheet") @NamedParam("encoding")
            @NamedParam("delimiter") @NamedParam("dateFormat") Map<String, ?> options, String file) {
        return table(WorkspaceSchemas.CONTROLS, options, file);
    }

    public Table controls(String file) {
        return controls(Map.of(), file);
    }

    /**
     * Incident files of any format (hazlab CSV, MAUDE set, openFDA JSON or zip, Health Canada, CSV/TSV/xlsx with
     * {@code columns:}), recognised by content unless {@code format:} says: {@code incidents 'complaints.xlsx',
     * columns: ['Complaint No': 'id']}, {@code incidents 'mdrfoi.txt', 'foidev.txt', 'foitext.txt'}. Read once
     * into the columnar store; {@code countBy(...)} groups on it and {@code .table} is the Tablesaw view.
     */
    public Incidents incidents(@NamedParam("columns") @NamedParam("sheet") @NamedParam("encoding")
            @NamedParam("delimiter") @NamedParam("dateFormat") @NamedParam("format") Map<String, ?> options,
            Object... files) {
        return IncidentFiles.load(session(), this::existing, options, List.of(files));
    }

    public Incidents incidents(Object... files) {
        return incidents(Map.of(), files);
    }

    private Table table(org.hazlab.core.io.TableSchema schema, Map<String, ?> options, String file) {
        Path path = existing(file);
        var loaded = TableFiles.load(schema, path, file, options, session().scriptName());
        loaded.report().problems().forEach(p -> session().messages().println(p.format()));
        return loaded.table();
    }

    /**
     * A model from single files: {@code load items: 'i.csv', hazards: [file: 'log.xlsx', columns: [...]],
     * controls: 'c.csv', policy: 'policy.json'}, validated like a workspace.
     */
    public WorkspaceData load(@NamedParam("items") @NamedParam("hazards") @NamedParam("controls")
            @NamedParam("incidents") @NamedParam("policy") @NamedParam("name") Map<String, ?> files) {
        return new WorkspaceData(FileSetLoader.load(session(), this::existing, files));
    }

    Path existing(String file) {
        Path path = session().resolve(file);
        if (!Files.exists(path) && !Path.of(file).isAbsolute()) {
            String home = System.getProperty("hazlab.home");
            if (home != null && Files.exists(Path.of(home).resolve(file))) {
                return Path.of(home).resolve(file).normalize();
            }
        }
        return path;
    }
}
