package org.hazlab.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A narrative with placeholders such as {@code {rate}} or {@code {drug}}, each filled with a value drawn from the
 * profile's vocabulary. Parsed once so that rendering a million narratives costs no regular-expression work, and
 * so that a placeholder the vocabulary lacks is found when the profile is read rather than in row 700,000.
 * Text outside placeholders (commas, quotes, line breaks) is kept as written.
 *
 * @param text  the template as written
 * @param parts literal text and placeholder names, in order; placeholders are marked by {@link Part#placeholder}
 */
public record NarrativeTemplate(String text, List<Part> parts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    /** A piece of a template: literal text, or the name of a vocabulary list to draw from. */
    public record Part(String value, boolean placeholder) {
    }

    public NarrativeTemplate {
        parts = List.copyOf(parts);
    }

    public static NarrativeTemplate parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new Part(text.substring(at, matcher.start()), false));
            }
            parts.add(new Part(matcher.group(1), true));
            at = matcher.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return new NarrativeTemplate(text, parts);
    }

    /** Names of the placeholders used, in order of appearance (with repeats). */
    public List<String> placeholders() {
        return parts.stream().filter(Part::placeholder).map(Part::value).toList();
    }

    /**
     * Fills every placeholder with a uniformly drawn value of its vocabulary list; one random number per
     * placeholder. Every placeholder must be in {@code vocabulary} (checked when the profile is read).
     */
    public String render(SplittableRandom random, Map<String, List<String>> vocabulary) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Part part : parts) {
            if (part.placeholder()) {
                List<String> values = vocabulary.get(part.value());
                out.append(values.get(random.nextInt(values.size())));
            } else {
                out.append(part.value());
            }
        }
        return out.toString();
    }
}
