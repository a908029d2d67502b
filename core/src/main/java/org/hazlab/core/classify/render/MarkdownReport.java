package org.hazlab.core.classify.render;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.problem.Problem;

/**
 * A classification as Markdown for reports and notebooks: the options in force, a summary table (with the class
 * under the other harm reading for contested items), each item's numbered decision path (and, when contested,
 * the other path), and the warnings. Pipes in user text are escaped so the tables stay intact.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ClassificationResult result) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(result.schemeName()).append("\n\n");
        result.optionsInForce().ifPresent(o -> out.append("*Options in force:* ").append(o.words()).append(".\n\n"));
        out.append("| Item | Name | Parent | Class | Because | Contested |\n|---|---|---|---|---|---|\n");
        for (ItemClassification row : result.rows()) {
            out.append("| ").append(cell(row.id())).append(" | ").append(cell(row.name())).append(" | ")
                    .append(cell(row.parent())).append(" | ").append(cell(row.label())).append(" | ")
                    .append(cell(row.because())).append(" | ")
                    .append(cell(row.contestedBy().map(c -> c.words()).orElse(""))).append(" |\n");
        }
        out.append("\n### Decision paths\n");
        for (ItemClassification row : result.rows()) {
            out.append("\n#### ").append(row.system() ? "System " : "").append(row.id()).append(": ")
                    .append(row.label()).append("\n\n");
            steps(out, row.path().steps());
            out.append("\n*").append(row.because()).append(".*\n");
            row.contestedBy().ifPresent(other -> {
                out.append("\n**Contested:** judged ").append(other.reading().key()).append(", ")
                        .append(row.id()).append(" would be class ").append(other.label()).append(".\n\n");
                steps(out, other.path().steps());
                out.append("\n*").append(other.path().because()).append(".*\n");
            });
        }
        if (!result.warnings().isEmpty()) {
            out.append("\n### Warnings\n\n");
            for (Problem warning : result.warnings()) {
                out.append("- `").append(warning.code()).append("` ").append(warning.location()).append(": ")
                        .append(warning.message()).append('\n');
            }
        }
        return out.toString();
    }

    private static void steps(StringBuilder out, List<DecisionStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            DecisionStep step = steps.get(i);
            out.append(i + 1).append(". **").append(step.kind()).append("**: ").append(step.words());
            step.matrixCell().ifPresent(c -> out.append(" *Cell:* ").append(c.words()).append('.'));
            step.rule().ifPresent(r -> out.append(" *Rule:* ").append(r).append('.'));
            out.append('\n');
        }
    }

    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
