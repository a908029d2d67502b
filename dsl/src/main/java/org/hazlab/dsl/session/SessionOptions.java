package org.hazlab.dsl.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a session runs: the script name used in error locations, the folder relative paths are resolved against,
 * where artefacts go, the pinned date (so that the same inputs give the same bytes), and the parameters that
 * reach the script as variables.
 *
 * @param scriptName name shown in errors and in model origins, e.g. {@code what-if.groovy} or {@code <repl>}
 * @param workingDir folder that relative paths in the script are resolved against
 * @param outDir     folder for artefacts the script saves
 * @param asOf       the date {@code today} returns in scripts, or null for the real date
 * @param parameters name to value, set as variables before the first cell
 */
public record SessionOptions(String scriptName, Path workingDir, Path outDir, LocalDate asOf,
                             Map<String, Object> parameters) {

    public SessionOptions {
        scriptName = scriptName == null || scriptName.isBlank() ? "<input>" : scriptName;
        workingDir = workingDir == null ? Path.of("") : workingDir;
        outDir = outDir == null ? workingDir : outDir;
        parameters = Map.copyOf(new TreeMap<>(parameters == null ? Map.of() : parameters));
    }

    /** Options for an interactive session in the current folder. */
    public static SessionOptions interactive() {
        return new SessionOptions("<repl>", Path.of(""), Path.of(""), null, Map.of());
    }

    /** Options for a script file run from the current folder. */
    public static SessionOptions forScript(String scriptName) {
        return new SessionOptions(scriptName, Path.of(""), Path.of(""), null, Map.of());
    }

    public SessionOptions withOutDir(Path newOutDir) {
        return new SessionOptions(scriptName, workingDir, newOutDir, asOf, parameters);
    }

    public SessionOptions withAsOf(LocalDate newAsOf) {
        return new SessionOptions(scriptName, workingDir, outDir, newAsOf, parameters);
    }

    public SessionOptions withParameters(Map<String, Object> newParameters) {
        return new SessionOptions(scriptName, workingDir, outDir, asOf, newParameters);
    }

    public SessionOptions withWorkingDir(Path newWorkingDir) {
        return new SessionOptions(scriptName, newWorkingDir, outDir, asOf, parameters);
    }
}
