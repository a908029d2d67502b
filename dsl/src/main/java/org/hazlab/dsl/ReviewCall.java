package org.hazlab.dsl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.io.FileDigests;
import org.hazlab.core.io.LoadReport;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.hazlab.dsl.session.SessionContext;

/**
 * Fills the options of the {@code review} word from the run it is part of, so that a script only says what is
 * specific to its review: the date is the run's {@code --as-of}, reports and the history go to the run's
 * {@code --out} folder, the script's own SHA-256 and the workspace's files are recorded in the history.
 */
final class ReviewCall {

    private ReviewCall() {
    }

    static ReviewOptions options(Map<String, ?> given, WorkspaceData workspace, SessionContext session) {
        Map<String, Object> args = new LinkedHashMap<>(given);
        if (!args.containsKey("asOf") && session.options().asOf() != null) {
            args.put("asOf", session.options().asOf());
        }
        for (String key : List.of("out", "history")) {
            if (args.get(key) != null) {
                args.put(key, session.output(args.get(key).toString()).toString());
            }
        }
        if (!args.containsKey("scriptHash")) {
            Path script = session.resolve(session.scriptName());
            if (Files.isRegularFile(script)) {
                args.put("scriptHash", FileDigests.sha256(script));
            }
        }
        if (!args.containsKey("inputFiles") && workspace != null) {
            args.put("inputFiles", inputFiles(workspace.getWorkspace()));
        }
        if (!args.containsKey("version")) {
            String version = ReviewCall.class.getPackage().getImplementationVersion();
            args.put("version", version == null ? "development" : version);
        }
        return ReviewOptionKeys.options(args);
    }

    /** Every file the workspace was read from: manifest, policy, tables and incident files. */
    static List<String> inputFiles(Workspace workspace) {
        List<String> files = new ArrayList<>();
        Path manifest = workspace.root().resolve(WorkspaceLoader.MANIFEST);
        if (Files.isRegularFile(manifest)) {
            files.add(manifest.toString());
        }
        if (Files.isRegularFile(Path.of(workspace.policy().source()))) {
            files.add(workspace.policy().source());
        }
        for (LoadReport report : workspace.loadReports()) {
            String source = report.source();
            int sheet = source.indexOf('[');
            Path file = Path.of(sheet > 0 && source.endsWith("]") ? source.substring(0, sheet) : source);
            if (Files.isRegularFile(file) && !files.contains(file.toString())) {
                files.add(file.toString());
            }
        }
        return files;
    }
}
