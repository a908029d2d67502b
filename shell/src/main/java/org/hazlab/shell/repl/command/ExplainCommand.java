package org.hazlab.shell.repl.command;

import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.render.DecisionTree;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;

/**
 * {@code :explain ITEM [SCHEME]}: the decision path of one item of the session's {@code model}, read aloud step by
 * step in plain words (the IEC 62304 scheme unless another is named), so a trainer can say why it is A, B or C.
 */
public final class ExplainCommand implements ReplCommand {

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String usage() {
        return ":explain ITEM [SCHEME]";
    }

    @Override
    public String summary() {
        return "why an item has its class, step by step";
    }

    @Override
    public Argument argument() {
        return Argument.ITEM;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        String[] words = arguments.strip().split("\\s+");
        if (words[0].isEmpty()) {
            throw new IllegalArgumentException("which item? " + usage());
        }
        String item = words[0].replace("\"", "").replace("'", "");
        SafetyModel model = context.model().orElseThrow(() -> new IllegalStateException(
                "no model in the session (a variable 'model' or a valid workspace)"));
        ClassificationResult result = words.length > 1 ? Classifications.run(model, words[1])
                : Classifications.run(model);
        ItemClassification row = result.item(item).or(() -> item.equals(result.system().id())
                ? java.util.Optional.of(result.system()) : java.util.Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("no item " + item + " in the model"));
        context.out().println(context.palette().note(result.schemeName()));
        int width = Math.max(40, context.console().width());
        for (String line : DecisionTree.render(row).split("\n")) {
            String text = line.strip();
            boolean step = !text.startsWith("Item ") && !text.startsWith("The software system ");
            for (String wrapped : org.hazlab.dsl.render.WordWrap.lines(text, width - (step ? 2 : 0), step ? "     " : "")) {
                String shown = (step ? "  " : "") + wrapped;
                context.out().println(text.startsWith("So:") ? context.palette().bold(shown) : shown);
            }
        }
    }
}
