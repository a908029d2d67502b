package org.hazlab.shell.repl.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation of each DSL word, read from the DSL reference (docs/dsl.md, which the build copies into the
 * jar unchanged) so that {@code :help WORD} and the reference can never say different things. A word's
 * documentation is every {@code ###} section whose heading names it in a code span: "### `items`, `hazards`"
 * documents both words, and the two {@code system(...)} sections are shown together.
 */
public final class DslDocs {

    private static final String RESOURCE = "dsl.md";
    private static final Pattern HEADING = Pattern.compile("^#{2,3} ");
    private static final Pattern WORD_IN_CODE = Pattern.compile("`([A-Za-z][A-Za-z0-9_]*)");

    private static final class Standard {
        static final DslDocs INSTANCE = load();
    }

    private final Map<String, List<String>> sections;

    /** Documentation parsed from the Markdown text of a DSL reference. */
    public DslDocs(String markdown) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        List<String> words = List.of();
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : (markdown + "\n## end").split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && HEADING.matcher(line).find()) {
                for (String word : words) {
                    bySection.computeIfAbsent(word, w -> new ArrayList<>()).add(body.toString().strip());
                }
                body.setLength(0);
                words = line.startsWith("### ") ? wordsOf(line) : List.of();
            }
            body.append(line).append('\n');
        }
        sections = Collections.unmodifiableMap(bySection);
    }

    /** The documentation shipped with hazlab. */
    public static DslDocs standard() {
        return Standard.INSTANCE;
    }

    private static DslDocs load() {
        try (InputStream in = DslDocs.class.getResourceAsStream(RESOURCE)) {
            return new DslDocs(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wordsOf(String heading) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD_IN_CODE.matcher(heading);
        while (matcher.find()) {
            if (!words.contains(matcher.group(1))) {
                words.add(matcher.group(1));
            }
        }
        return words;
    }

    /** The documented words, in the reference's order. */
    public List<String> words() {
        return List.copyOf(sections.keySet());
    }

    /** The sections documenting a word, joined by a blank line; empty when the reference has none. */
    public Optional<String> of(String word) {
        List<String> found = sections.get(word);
        return found == null ? Optional.empty() : Optional.of(String.join("\n\n", found));
    }
}
