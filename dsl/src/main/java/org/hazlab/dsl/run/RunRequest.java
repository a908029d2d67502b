package org.hazlab.dsl.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.hazlab.dsl.session.CellCache;

/**
 * One headless run: the script or notebook, its parameters, where artefacts go, the pinned date and the
 * notebook to write.
 *
 * @param script     a percent-format Groovy script or an .ipynb written by hazlab
 * @param parameters name to value, set as variables before the first cell
 * @param outDir     folder for the script's artefacts ({@code save}); the current folder when null
 * @param asOf       the date scripts see as {@code today}, or null for the real date
 * @param notebook   where to write the executed notebook, or null
 * @param timings    whether to report each cell's duration on the error stream ({@code hazlab run --time})
 * @param width      the terminal's width for tables, or 0 when the output is not a terminal
 * @param cellCache  where compiled cells are kept between runs ({@link CellCache#NONE}: compile every cell)
 */
public record RunRequest(Path script, Map<String, String> parameters, Path outDir, LocalDate asOf, Path notebook,
                         boolean timings, int width, CellCache cellCache) {

    public RunRequest {
        parameters = Map.copyOf(new TreeMap<>(parameters == null ? Map.of() : parameters));
        cellCache = cellCache == null ? CellCache.NONE : cellCache;
    }

    /** A run without timings that compiles every cell. */
    public RunRequest(Path script, Map<String, String> parameters, Path outDir, LocalDate asOf, Path notebook) {
        this(script, parameters, outDir, asOf, notebook, false, 0, CellCache.NONE);
    }

    public static RunRequest of(Path script) {
        return new RunRequest(script, Map.of(), null, null, null);
    }
}
