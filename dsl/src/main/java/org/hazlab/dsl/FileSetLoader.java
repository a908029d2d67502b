package org.hazlab.dsl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.io.TypedTableLoader;
import org.hazlab.core.model.ModelBuild;
import org.hazlab.core.model.SystemProfile;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.ProblemLog;
import org.hazlab.core.workspace.ModelAssembler;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceSchemas;
import org.hazlab.dsl.session.SessionContext;

/**
 * {@code load items: ..., hazards: ..., controls: ...}: a workspace from files that do not sit in one folder or
 * need per-file options. Each entry is a path or a map with {@code file} and the options of a manifest entry.
 */
final class FileSetLoader {

    private static final List<String> KEYS = List.of("items", "hazards", "controls", "incidents", "policy", "name");

    private FileSetLoader() {
    }

    static Workspace load(SessionContext session, Function<String, Path> resolve, Map<String, ?> files) {
        ModelFields.check("load", files, KEYS);
        ProblemLog problems = new ProblemLog();
        RiskPolicy policy = RiskPolicies.defaultPolicy();
        try {
            if (files.get("policy") != null) {
                Path file = resolve.apply(String.valueOf(files.get("policy")));
                policy = RiskPolicies.read(file, String.valueOf(files.get("policy")));
            }
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the policy: " + e.getMessage(), e);
        }
        LoadedTable items = table(WorkspaceSchemas.ITEMS, files.get("items"), resolve, session.scriptName(), problems);
        LoadedTable hazards = table(WorkspaceSchemas.HAZARDS, files.get("hazards"), resolve, session.scriptName(), problems);
        LoadedTable controls = table(WorkspaceSchemas.CONTROLS, files.get("controls"), resolve, session.scriptName(), problems);
        ImportResult incidents = ImportResult.empty();
        Object incidentEntry = files.get("incidents");
        if (incidentEntry instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            incidents = IncidentFiles.load(session, resolve, typed, java.util.Arrays.asList(typed.get("file"))).getResult();
        } else if (incidentEntry != null) {
            incidents = IncidentFiles.load(session, resolve, Map.of(), List.of(incidentEntry)).getResult();
        }
        String name = files.get("name") == null ? "files" : String.valueOf(files.get("name"));
        ModelBuild model = ModelAssembler.assemble(new SystemProfile("SYSTEM", name, "", Map.of()), policy, items,
                hazards, controls);
        problems.addAll(model.problems());
        Workspace workspace = new Workspace(name, Path.of(""), policy, items, hazards, controls, incidents, model,
                problems, null);
        if (!workspace.isValid()) {
            throw new InvalidModelException(new InvalidInputException(
                    problems.problems().stream().filter(p -> p.isError()).toList()));
        }
        problems.problems().forEach(p -> session.messages().println(p.format()));
        return workspace;
    }

    private static LoadedTable table(TableSchema schema, Object entry, Function<String, Path> resolve,
                                     String script, ProblemLog problems) {
        if (entry == null) {
            return TypedTableLoader.empty(schema, schema.name());
        }
        String file;
        Map<String, ?> options;
        if (entry instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            options = typed;
            file = String.valueOf(typed.get("file"));
        } else {
            options = Map.of();
            file = String.valueOf(entry);
        }
        LoadedTable table = TableFiles.load(schema, resolve.apply(file), file, options, script);
        problems.addAll(table.report().problems());
        return table;
    }
}
