package org.hazlab.shell.repl.help;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import org.hazlab.core.problem.ClosestNames;
import org.hazlab.shell.repl.complete.DslVocabulary;

/**
 * What {@code :help WORD} says: the DSL reference's section on the word; for a word the DSL has but the
 * reference does not document, its named arguments; for anything else, that hazlab does not know it, with the
 * closest words and commands ("did you mean classify?").
 */
public final class WordHelp {

    private final DslDocs docs;
    private final DslVocabulary vocabulary;

    public WordHelp(DslDocs docs, DslVocabulary vocabulary) {
        this.docs = docs;
        this.vocabulary = vocabulary;
    }

    /** The help on a word; {@code commands} are the REPL's command names, for "see also :save". */
    public Answer about(String typed, Collection<String> commands) {
        String word = typed.startsWith(":") ? typed.substring(1) : typed;
        Optional<String> section = typed.startsWith(":") ? Optional.empty() : docs.of(word);
        String alsoCommand = commands.contains(word) ? "See also the shell command :" + word + " (:help lists it)."
                : "";
        if (section.isPresent()) {
            return new Answer(true, section.get() + (alsoCommand.isEmpty() ? "" : "\n\n" + alsoCommand));
        }
        if (!typed.startsWith(":") && vocabulary.words().contains(word)) {
            var named = vocabulary.namedArguments(word);
            return new Answer(true, word + " is a DSL word" + (named.isEmpty() ? "" : " (named arguments: "
                    + String.join(", ", named) + ")") + "; docs/dsl.md has no section of its own on it.");
        }
        if (!alsoCommand.isEmpty()) {
            return new Answer(true, ":" + word + " is a shell command; :help lists what it does.");
        }
        TreeSet<String> known = new TreeSet<>(docs.words());
        known.addAll(vocabulary.words());
        commands.forEach(c -> known.add(":" + c));
        return new Answer(false, "no help on '" + typed + "'" + ClosestNames.didYouMean(typed, known)
                + " (:help lists the commands; docs/dsl.md documents every DSL word)");
    }

    /** The text to show, and whether the word was known (an unknown word is shown as an error). */
    public record Answer(boolean known, String text) {
    }
}
