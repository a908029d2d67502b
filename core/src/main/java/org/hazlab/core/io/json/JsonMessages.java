package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON parser's complaint into words for a user. Jackson's messages name its own classes and features
 * ("bound as `com.fasterxml...JsonNode`", "as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"), which mean
 * nothing to an analyst fixing a file; every reader of the strict JSON policy reports through here so that the
 * same mistake reads the same way in a workspace table, a policy, a history or an openFDA file.
 */
public final class JsonMessages {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");
    private static final Pattern BACKTICKED = Pattern.compile("\\s*\\((?:bound as|through reference chain)[^)]*\\)"
            + "|\\s*:?\\s*not allowed as per `[^`]*`|`[a-z]+(?:\\.[a-zA-Z0-9_$]+)+`");

    private static final Pattern LIMIT = Pattern.compile(
            "(Document nesting depth|String value length|Name length|Number value length) \\((\\d+)\\) exceeds the "
                    + "maximum allowed \\((\\d+)");

    private static final Pattern WRONG_KIND = Pattern.compile(
            "Cannot (?:deserialize value of type|construct instance of) `([^`]*)`.*?from (Array|Object|String|Integer|"
                    + "Floating-point|Boolean|Null)(?: value)?(?: \\(?'?\"?([^\"')]*)['\"]?\\)?| \"([^\"]*)\")?");
    private static final Pattern COERCE = Pattern.compile(
            "Cannot coerce (Array|Object|String|Integer|Floating-point|Boolean|Null) value(?: \\(([^)]*)\\))? to `([^`]*)`");

    private JsonMessages() {
    }

    /** The reason in plain words, without the location (callers give line and column themselves). */
    public static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the key \"" + duplicate.group(1) + "\" appears twice in one object (a duplicated key is an "
                    + "error: which value was meant cannot be told)";
        }
        Matcher limit = LIMIT.matcher(message);
        if (limit.find()) {
            return limit(limit.group(1), Long.parseLong(limit.group(2)), Long.parseLong(limit.group(3)));
        }
        Matcher wrong = WRONG_KIND.matcher(message);
        if (wrong.find()) {
            String value = wrong.group(4) != null ? wrong.group(4) : wrong.group(3);
            return "expected " + expected(wrong.group(1)) + ", found " + found(wrong.group(2), value);
        }
        Matcher coerce = COERCE.matcher(message);
        if (coerce.find()) {
            return "expected " + expected(coerce.group(3)) + ", found " + found(coerce.group(1), coerce.group(2));
        }
        if (message.startsWith("Trailing token")) {
            return "content after the end of the JSON value (one value per file, or one record per line)";
        }
        String cleaned = BACKTICKED.matcher(message).replaceAll("").trim();
        int newline = cleaned.indexOf('\n');
        return newline > 0 ? cleaned.substring(0, newline).trim() : cleaned;
    }

    /** What a Java type asks for, in JSON's words. */
    private static String expected(String type) {
        String simple = type.replaceAll("<.*", "");
        simple = simple.substring(simple.lastIndexOf('.') + 1).replace("$", " ");
        if (type.endsWith("[]") || simple.endsWith("List") || simple.endsWith("Set") || simple.endsWith("Collection")) {
            return "a list [...]";
        }
        return switch (simple) {
            case "String", "char", "Character" -> "a text value \"...\"";
            case "double", "Double", "float", "Float", "BigDecimal", "Number" -> "a number";
            case "int", "Integer", "long", "Long", "short", "Short", "BigInteger" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            default -> "an object {...}";
        };
    }

    /** What the file holds instead, in JSON's words. */
    private static String found(String kind, String value) {
        String shown = value == null || value.isBlank() ? "" : " " + value.strip();
        return switch (kind) {
            case "Array" -> "a list [...]";
            case "Object" -> "an object {...}";
            case "String" -> "the text" + (shown.isEmpty() ? "" : " \"" + shown.strip() + "\"");
            case "Integer", "Floating-point" -> "the number" + shown;
            case "Boolean" -> "a true/false value";
            default -> "null";
        };
    }

    /** A limit of the reading policy (or a safety cap) in words: what was found, and what is allowed. */
    private static String limit(String what, long found, long most) {
        return switch (what) {
            case "Document nesting depth" -> String.format(Locale.ROOT, "nested deeper than %,d levels", most);
            case "String value length" -> String.format(Locale.ROOT,
                    "a string of %,d characters or more (at most %,d are read)", found, most);
            case "Name length" -> String.format(Locale.ROOT,
                    "a key of %,d characters or more (at most %,d are read)", found, most);
            default -> String.format(Locale.ROOT, "a number of %,d digits or more (at most %,d are read)", found, most);
        };
    }
}
