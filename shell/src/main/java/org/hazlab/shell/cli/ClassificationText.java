package org.hazlab.shell.cli;

import java.util.List;
import java.util.Locale;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.problem.Problem;

/**
 * The terminal rendering of one scheme's classification: one line per item, indented by its place in the
 * hierarchy, with its class and the one-line "because"; the options in force head it, and a contested item gets
 * a second line with its class and reason under the other harm reading. Lines are cut to the terminal width when there is one,
 * and never when the output goes to a file or a pipe, so saved output is complete and stable.
 */
final class ClassificationText {

    private ClassificationText() {
    }

    static String render(ClassificationResult result, int width) {
        List<ItemClassification> rows = result.rows();
        int itemWidth = rows.stream().mapToInt(r -> r.depth() * 2 + r.id().length()).max().orElse(4);
        int labelWidth = Math.max(5, rows.stream().mapToInt(r -> r.label().length()).max().orElse(5));
        StringBuilder out = new StringBuilder();
        out.append(result.schemeName()).append('\n');
        result.optionsInForce().ifPresent(o -> out.append("Options: ").append(o.words()).append('\n'));
        out.append(String.format(Locale.ROOT, "%-" + itemWidth + "s  %-" + labelWidth + "s  %s%n", "item", "class",
                "because"));
        for (ItemClassification row : rows) {
            String line = String.format(Locale.ROOT, "%-" + itemWidth + "s  %-" + labelWidth + "s  %s",
                    "  ".repeat(row.depth()) + row.id(), row.label(), row.because());
            out.append(fit(line, width)).append('\n');
            if (row.contested() != null) {
                out.append(fit(String.format(Locale.ROOT, "%-" + itemWidth + "s  %-" + labelWidth + "s  %s", "",
                        row.contested().label() + "?", "contested: " + row.contested().words() + " ("
                                + row.contested().path().because() + ")"), width)).append('\n');
            }
        }
        if (!result.warnings().isEmpty()) {
            out.append('\n');
            for (Problem warning : result.warnings()) {
                out.append(fit("warning [" + warning.code() + "]: " + warning.message(), width)).append('\n');
            }
        }
        return out.toString();
    }

    private static String fit(String line, int width) {
        return width > 0 && line.length() > width ? line.substring(0, Math.max(0, width - 3)) + "..." : line;
    }
}
