package org.hazlab.dsl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.formats.IncidentFormats;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.TableFileLoader;
import org.hazlab.core.workspace.WorkspaceManifest;
import org.hazlab.dsl.session.LoadProgress;
import org.hazlab.dsl.session.SessionContext;

/**
 * The DSL's way into core's incident importers ({@code IncidentFormats}): the {@code incidents} word's options
 * (the settings of a workspace.json file entry, plus {@code format}) become importer options, the files are read
 * into the columnar store once, and warnings and rejected records are printed as messages.
 */
final class IncidentFiles {

    static final List<String> KEYS = List.of("columns", "sheet", "encoding", "delimiter", "dateFormat", "format",
            "file");

    private IncidentFiles() {
    }

    /** ", e.g. incidents 'folder/a.txt', 'folder/b.txt'" with the folder's first files, or "" when it has none. */
    private static String inFolder(Path folder, String label) {
        try (java.util.stream.Stream<Path> listed = java.nio.file.Files.list(folder)) {
            List<String> names = listed.filter(java.nio.file.Files::isRegularFile)
                    .map(f -> f.getFileName().toString()).filter(n -> !n.toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".md")).sorted().limit(3).toList();
            String prefix = label.endsWith("/") ? label : label + "/";
            return names.isEmpty() ? " (it holds no files)" : ", e.g. incidents " + String.join(", ",
                    names.stream().map(n -> "'" + prefix + n + "'").toList());
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static Incidents load(SessionContext session, Function<String, Path> resolve, Map<String, ?> options,
                          List<?> names) {
        ModelFields.check("incidents", options, KEYS);
        List<Path> files = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Object name : flatten(names)) {
            labels.add(String.valueOf(name));
            files.add(resolve.apply(String.valueOf(name)));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("incidents: name at least one file, e.g. incidents 'incidents.csv'");
        }
        for (int i = 0; i < files.size(); i++) {
            if (java.nio.file.Files.isDirectory(files.get(i))) {
                throw new IllegalArgumentException("incidents: " + labels.get(i) + " is a folder; name its files"
                        + inFolder(files.get(i), labels.get(i)));
            }
            if (!java.nio.file.Files.isRegularFile(files.get(i))) {
                throw new IllegalArgumentException("incidents: no such file: " + labels.get(i));
            }
        }
        Map<String, String> columns = new HashMap<>();
        if (options.get("columns") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> columns.put(String.valueOf(k), String.valueOf(v)));
        } else if (options.get("columns") != null) {
            throw new IllegalArgumentException("incidents: columns: must be a map of header to field, e.g. "
                    + "columns: ['Complaint No': 'id']");
        }
        WorkspaceManifest.FileEntry entry = new WorkspaceManifest.FileEntry(labels.get(0), columns,
                text(options, "encoding"), text(options, "delimiter"), text(options, "sheet"),
                text(options, "dateFormat"));
        LoadProgress progress = session.state(LoadProgress.class, LoadProgress::new);
        ImportResult result;
        try {
            ImportOptions importOptions = TableFileLoader.importOptions(entry, labels.get(0), session.scriptName(),
                    progress.progress());
            result = IncidentFormats.read(files, importOptions, text(options, "format"));
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        } catch (IOException e) {
            throw new IllegalArgumentException("incidents: " + e.getMessage(), e);
        } finally {
            progress.finished();
        }
        report(session, result);
        return new Incidents(result);
    }

    /** Warnings, and rejected records with a count line, on the messages stream; notes stay in the result. */
    static void report(SessionContext session, ImportResult result) {
        for (Problem problem : result.problems()) {
            if (problem.isError() || problem.severity() == org.hazlab.core.problem.Severity.WARNING) {
                session.messages().println(problem.format());
            }
        }
        if (result.rejected() > 0) {
            session.messages().println(String.format(Locale.ROOT, "incidents: %,d read, %,d loaded, %,d rejected",
                    result.read(), result.loaded(), result.rejected()));
        }
    }

    private static List<Object> flatten(List<?> names) {
        List<Object> all = new ArrayList<>();
        for (Object name : names) {
            if (name instanceof Collection<?> many) {
                all.addAll(many);
            } else if (name instanceof Object[] array) {
                all.addAll(List.of(array));
            } else if (name != null) {
                all.add(name);
            }
        }
        return all;
    }

    private static String text(Map<String, ?> options, String key) {
        Object value = options.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
