package org.hazlab.core.generate;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a generator run wrote, so a caller (the CLI, a test) can report it without re-reading the file.
 *
 * @param rows          data rows written (the header not counted)
 * @param scale         factor applied to every stream's rate (1 when no target row count was given)
 * @param rowsByStream  rows per stream label (hazard id, or the unrelated family's label), sorted by label
 */
public record GenerationSummary(long rows, double scale, Map<String, Long> rowsByStream) {

    public GenerationSummary {
        rowsByStream = Map.copyOf(new TreeMap<>(rowsByStream));
    }
}
