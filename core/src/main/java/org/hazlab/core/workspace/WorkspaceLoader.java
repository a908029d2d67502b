package org.hazlab.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.formats.IncidentFormats;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.formats.RawTableReaders;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.io.TypedTableLoader;
import org.hazlab.core.io.json.JsonSettingsProblem;
import org.hazlab.core.model.ModelBuild;
import org.hazlab.core.model.SoftwareKind;
import org.hazlab.core.model.SystemProfile;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.ProblemLog;
import org.hazlab.core.problem.SourceLocation;
import org.hazlab.core.trace.TraceAssembler;
import org.hazlab.core.trace.TraceBuild;
import org.hazlab.core.trace.TraceSchemas;
import org.hazlab.core.trace.TraceTables;

/**
 * Loads a workspace folder: the manifest if there is one, the risk policy, the items, hazards, controls and
 * incident tables, and the model built from them. Content problems never abort the load; every file is read and
 * every problem collected, so one run of {@code hazlab check} shows everything to fix.
 */
public final class WorkspaceLoader {

    /** Name of the optional manifest file in a workspace folder. */
    public static final String MANIFEST = "workspace.json";

    private static final ObjectMapper MANIFEST_MAPPER = org.hazlab.core.io.json.StrictJson.mapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path root;
    private final ImportProgress progress;
    private ProblemLog problems = new ProblemLog();

    private WorkspaceLoader(Path root, ImportProgress progress) {
        this.root = root;
        this.progress = progress;
    }

    /**
     * Loads the workspace in a folder. File names in messages are the folder as given joined with the file's
     * relative path, so they are valid paths from where the user stands.
     *
     * @throws InvalidInputException when the folder does not exist or is not a folder
     */
    public static Workspace load(Path folder) throws InvalidInputException {
        return load(folder, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how far the reading of incident files has got. */
    public static Workspace load(Path folder, ImportProgress progress) throws InvalidInputException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(Problem.error("no-workspace", SourceLocation.ofFile(folder.toString()),
                            Files.exists(folder) ? "not a folder" : "no such folder")
                    .expected("a workspace folder holding items, hazards and controls files")
                    .hint("try datasets/infusion-pump").build());
        }
        return new WorkspaceLoader(folder, progress).load();
    }

    private Workspace load() {
        WorkspaceManifest manifest = readManifest();
        // The incident files first: their import needs neither Groovy nor Tablesaw, whose first table waits for a
        // class-path scan that a script run starts on its warm-up thread (about 0.3 s at start-up), so both cores
        // work instead of one waiting. Their problems are kept apart and reported after the tables', as ever.
        ProblemLog tableProblems = problems;
        problems = new ProblemLog(Integer.MAX_VALUE);
        ImportResult incidents = readIncidents(manifest);
        ProblemLog incidentProblems = problems;
        problems = tableProblems;
        RiskPolicy policy = readPolicy(manifest.policy());
        LoadedTable items = loadTable(WorkspaceSchemas.ITEMS, manifest.items(), true);
        LoadedTable hazards = loadTable(WorkspaceSchemas.HAZARDS, manifest.hazards(), true);
        LoadedTable controls = loadTable(WorkspaceSchemas.CONTROLS, manifest.controls(), false);
        problems.addAll(incidentProblems.problems());
        SystemProfile system = systemOf(manifest);
        ModelBuild model = ModelAssembler.assemble(system, policy, items, hazards, controls);
        problems.addAll(model.problems());
        TraceTables trace = loadTrace(manifest, system, items, controls);
        String name = manifest.name() != null && !manifest.name().isBlank() ? manifest.name() : folderName();
        return new Workspace(name, root, policy, items, hazards, controls, incidents, model, problems, trace);
    }

    /** Every incident file of the workspace, read into one result (empty when there is none). */
    private ImportResult readIncidents(WorkspaceManifest manifest) {
        ImportResult incidents = null;
        for (WorkspaceManifest.FileEntry entry : incidentEntries(manifest)) {
            ImportResult part = importIncidents(entry);
            if (part != null) {
                incidents = incidents == null ? part : incidents.concat(part);
            }
        }
        return incidents == null ? ImportResult.empty() : incidents;
    }

    /** The optional traceability tables, checked against the ids of the items and controls tables. */
    private TraceTables loadTrace(WorkspaceManifest manifest, SystemProfile system, LoadedTable items,
                                  LoadedTable controls) {
        LoadedTable requirements = optionalTable(TraceSchemas.REQUIREMENTS, manifest.requirements());
        LoadedTable verifications = optionalTable(TraceSchemas.VERIFICATIONS, manifest.verifications());
        LoadedTable evidence = optionalTable(TraceSchemas.EVIDENCE, manifest.evidence());
        TraceAssembler.KnownIds known = new TraceAssembler.KnownIds(system.id(),
                Set.copyOf(nonBlank(items.table().stringColumn("id").asList())),
                Set.copyOf(nonBlank(controls.table().stringColumn("id").asList())));
        TraceBuild build = TraceAssembler.assemble(requirements, verifications, evidence, known);
        problems.addAll(build.problems());
        return new TraceTables(requirements, verifications, evidence, build.traceability());
    }

    private static List<String> nonBlank(List<String> ids) {
        return ids.stream().filter(id -> id != null && !id.isBlank()).toList();
    }

    /** A table the workspace may have: loaded when the manifest names it or a file has its usual name. */
    private LoadedTable optionalTable(TableSchema schema, WorkspaceManifest.FileEntry declared) {
        WorkspaceManifest.FileEntry entry = declared;
        if (entry == null) {
            try {
                List<Path> found = WorkspaceLayout.candidates(root, schema.name());
                if (found.isEmpty()) {
                    return null;
                }
                entry = discover(schema, false);
            } catch (IOException e) {
                problems.add(unreadable("", e));
                return null;
            }
        }
        return entry == null ? null : loadFile(schema, entry);
    }

    private WorkspaceManifest readManifest() {
        Path file = root.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return WorkspaceManifest.none();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(unreadable(MANIFEST, e));
            return WorkspaceManifest.none();
        }
        try {
            return MANIFEST_MAPPER.readValue(text, WorkspaceManifest.class);
        } catch (JsonProcessingException e) {
            problems.add(JsonSettingsProblem.of("bad-manifest", e, text, label(MANIFEST), "workspace.json")
                    .expected("keys name, system, policy, items, hazards, controls, incidents, requirements, verifications, "
                            + "evidence")
                    .hint("see docs/data-formats.md, \"The manifest\"; files are then found by their usual names")
                    .build());
        }
        return WorkspaceManifest.none();
    }

    private RiskPolicy readPolicy(String declared) {
        String relative = declared != null ? declared : "policy.json";
        Path file = root.resolve(relative);
        if (!Files.exists(file)) {
            if (declared != null) {
                problems.add(missingFile("policy", relative));
            }
            return RiskPolicies.defaultPolicy();
        }
        try {
            return RiskPolicies.read(file, label(relative));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(unreadable(relative, e));
        }
        return RiskPolicies.defaultPolicy();
    }

    private LoadedTable loadTable(TableSchema schema, WorkspaceManifest.FileEntry declared, boolean required) {
        WorkspaceManifest.FileEntry entry = declared;
        if (entry == null) {
            entry = discover(schema, required);
        }
        LoadedTable table = entry == null ? null : loadFile(schema, entry);
        return table != null ? table : TypedTableLoader.empty(schema, label(schema.name()));
    }

    private WorkspaceManifest.FileEntry discover(TableSchema schema, boolean required) {
        try {
            List<Path> found = WorkspaceLayout.candidates(root, schema.name());
            if (found.size() > 1) {
                problems.add(Problem.error("ambiguous-file", SourceLocation.ofFile(label("")),
                                "several files could be the " + schema.name() + " table")
                        .value(String.join(", ", found.stream().map(p -> p.getFileName().toString()).toList()))
                        .hint("keep one, or name it under \"" + schema.name() + "\" in workspace.json").build());
                return null;
            }
            if (found.isEmpty()) {
                Problem.Builder problem = required
                        ? Problem.error("missing-table", SourceLocation.ofFile(label("")),
                        "the workspace has no " + schema.name() + " table")
                        : Problem.warning("missing-table", SourceLocation.ofFile(label("")),
                        "the workspace has no " + schema.name() + " table; it is taken as empty");
                problems.add(problem.expected("a file named " + WorkspaceLayout.BASE_NAMES.get(schema.name()).get(0)
                                + " with extension " + String.join(", ", RawTableReaders.supportedExtensions()))
                        .hint("or name the file under \"" + schema.name() + "\" in workspace.json").build());
                return null;
            }
            return WorkspaceManifest.FileEntry.ofFile(root.relativize(found.get(0)).toString());
        } catch (IOException e) {
            problems.add(unreadable("", e));
            return null;
        }
    }

    private List<WorkspaceManifest.FileEntry> incidentEntries(WorkspaceManifest manifest) {
        if (!manifest.incidents().isEmpty()) {
            return manifest.incidents();
        }
        try {
            return WorkspaceLayout.incidentFiles(root).stream()
                    .map(file -> WorkspaceManifest.FileEntry.ofFile(root.relativize(file).toString())).toList();
        } catch (IOException e) {
            problems.add(unreadable("", e));
            return List.of();
        }
    }

    private LoadedTable loadFile(TableSchema schema, WorkspaceManifest.FileEntry entry) {
        Path file = existingFile(schema.name(), entry);
        if (file == null) {
            return null;
        }
        try {
            LoadedTable table = TableFileLoader.load(schema, file, label(entry.file()), entry, label(MANIFEST));
            problems.addAll(table.report().problems());
            return table;
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** One incident file through the importers (format by content), with its entry's settings. */
    private ImportResult importIncidents(WorkspaceManifest.FileEntry entry) {
        Path file = existingFile("incidents", entry);
        if (file == null) {
            return null;
        }
        String label = label(entry.file());
        try {
            ImportOptions options = TableFileLoader.importOptions(entry, label, label(MANIFEST), progress);
            ImportResult result = IncidentFormats.read(List.of(file.normalize()), options, null);
            problems.addAll(result.problems());
            return result;
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("bad-manifest", SourceLocation.ofFile(label(MANIFEST)), e.getMessage())
                    .hint("see docs/data-formats.md, \"The manifest\"").build());
        } catch (IOException e) {
            problems.add(unreadable(entry.file(), e));
        }
        return null;
    }

    /** The file an entry names, or null after reporting a missing name or file; warns when it is outside. */
    private Path existingFile(String what, WorkspaceManifest.FileEntry entry) {
        if (entry.file() == null || entry.file().isBlank()) {
            problems.add(Problem.error("bad-manifest", SourceLocation.ofFile(label(MANIFEST)),
                    "the " + what + " entry names no file").expected("\"file\": \"name.csv\"").build());
            return null;
        }
        Path file = root.resolve(entry.file());
        if (!Files.isRegularFile(file)) {
            problems.add(missingFile(what, entry.file()));
            return null;
        }
        warnIfOutside(entry.file());
        return file;
    }

    /**
     * A workspace is a folder that can be copied, versioned and audited as one; a file named outside it
     * ({@code ../x.csv}, an absolute path) works but is flagged, because the copy would lose it.
     */
    private void warnIfOutside(String relative) {
        Path given = root.getFileSystem().getPath(relative);
        Path inside = root.toAbsolutePath().normalize();
        if (given.isAbsolute() || !inside.resolve(given).normalize().startsWith(inside)) {
            problems.add(Problem.warning("file-outside-workspace", SourceLocation.ofFile(label(MANIFEST)),
                            "the file " + relative + " is outside the workspace folder")
                    .hint("copy it into the workspace so that the workspace is complete on its own").build());
        }
    }

    private SystemProfile systemOf(WorkspaceManifest manifest) {
        WorkspaceManifest.SystemEntry entry = manifest.system();
        String fallbackName = manifest.name() != null ? manifest.name() : folderName();
        if (entry == null) {
            return new SystemProfile("SYSTEM", fallbackName, "", Map.of());
        }
        SourceLocation where = SourceLocation.ofFile(label(MANIFEST));
        SoftwareKind kind = null;
        if (entry.kind() != null) {
            kind = SoftwareKind.fromKey(entry.kind()).orElse(null);
            if (kind == null) {
                problems.add(Problem.error("bad-manifest", where, "system.kind is not a known kind of software")
                        .value(entry.kind()).expected("one of " + SoftwareKind.keys())
                        .hint("standalone: the software is itself a medical device (SaMD); embedded: it drives "
                                + "a device").build());
            }
        }
        SystemProfile profile = new SystemProfile(entry.id(), entry.name() != null ? entry.name() : fallbackName,
                entry.intendedPurpose(), entry.attributes(), kind, entry.deviceClass(), entry.deviceClassRule());
        if (!profile.deviceClass().isEmpty() && profile.canonicalDeviceClass().isEmpty()) {
            problems.add(Problem.error("bad-manifest", where, "system.deviceClass is not an EU MDR class")
                    .value(profile.deviceClass()).expected("one of " + SystemProfile.DEVICE_CLASSES).build());
        } else if (kind == SoftwareKind.EMBEDDED && profile.deviceClass().isEmpty()) {
            problems.add(Problem.warning("device-class-missing", where,
                            "system.kind is embedded but system.deviceClass is not given")
                    .expected("the device's EU MDR class: one of " + SystemProfile.DEVICE_CLASSES)
                    .hint("embedded software takes the device's class (MDR Annex VIII 3.3); without it Rule 11 is "
                            + "undetermined").build());
        } else if (kind != SoftwareKind.EMBEDDED && !profile.deviceClass().isEmpty()) {
            problems.add(Problem.warning("device-class-ignored", where,
                            "system.deviceClass is given but system.kind is not embedded; it is not used")
                    .value(profile.deviceClass()).hint("set \"kind\": \"embedded\" if the software drives a device")
                    .build());
        }
        return profile;
    }

    private Problem missingFile(String what, String relative) {
        return Problem.error("missing-file", SourceLocation.ofFile(label(relative)),
                        "the " + what + " file named in workspace.json does not exist")
                .hint("check the file name in workspace.json").build();
    }

    private Problem unreadable(String relative, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
        return Problem.error("unreadable-file", SourceLocation.ofFile(label(relative)),
                "cannot read the file: " + reason).build();
    }

    private String folderName() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "workspace" : name.toString();
    }

    private String label(String relative) {
        Path path = relative.isEmpty() ? root : root.resolve(relative);
        return path.normalize().toString();
    }
}
