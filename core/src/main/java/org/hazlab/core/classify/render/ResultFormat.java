package org.hazlab.core.classify.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hazlab.core.classify.ClassificationResult;

/**
 * The output formats of a classification by name, so a command line can offer {@code --format table|tree|
 * markdown|json} without knowing the renderers. Every format renders one scheme's result or several side by side.
 */
public enum ResultFormat {
    /** Tablesaw's text rendering of {@link ResultTable} (several: {@link SchemeComparison#table}). */
    TABLE,
    /** The plain-words tree of {@link DecisionTree} (several: one tree per scheme). */
    TREE,
    /** {@link MarkdownReport} (several: {@link SchemeComparison#markdown} then each report). */
    MARKDOWN,
    /** {@link ResultJson} (several: the "hazlab-classifications" document). */
    JSON;

    /** Lower-case name as typed on a command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResultFormat> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    public String render(ClassificationResult result) {
        return switch (this) {
            case TABLE -> ResultTable.of(result).printAll() + "\n";
            case TREE -> DecisionTree.render(result);
            case MARKDOWN -> MarkdownReport.render(result);
            case JSON -> ResultJson.render(result);
        };
    }

    public String render(List<ClassificationResult> results) {
        return switch (this) {
            case TABLE -> SchemeComparison.table(results).printAll() + "\n";
            case TREE -> String.join("\n", results.stream().map(DecisionTree::render).toList());
            case MARKDOWN -> SchemeComparison.markdown(results) + "\n"
                    + String.join("\n", results.stream().map(MarkdownReport::render).toList());
            case JSON -> ResultJson.render(results);
        };
    }
}
