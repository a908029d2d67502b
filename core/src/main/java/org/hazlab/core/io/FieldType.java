package org.hazlab.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The declared type of a field. Every column hazlab reads has one, so nothing is ever type-guessed: a value
 * that does not fit is a located problem, not a silently widened column. Each type knows how to read a cell's
 * text and what to tell the user when it cannot.
 */
public sealed interface FieldType {

    /** Result of reading one cell: the typed value (null when the cell is empty), or what was expected. */
    record Conversion(Object value, String expected, String hint) {
        static Conversion ok(Object value) {
            return new Conversion(value, null, null);
        }

        static Conversion bad(String expected, String hint) {
            return new Conversion(null, expected, hint);
        }

        public boolean failed() {
            return expected != null;
        }
    }

    /** Reads a non-blank, already trimmed cell. */
    Conversion convert(String text);

    /** The Tablesaw column kind this type is stored in. */
    StorageKind storage();

    /** A short description for the data-format docs and for messages. */
    String describe();

    /** How values are stored in Tablesaw. */
    enum StorageKind { STRING, BOOLEAN, INTEGER, DECIMAL, DATE }

    /** Free text, kept as written (leading and trailing blanks removed). */
    record Text() implements FieldType {
        public Conversion convert(String text) {
            return Conversion.ok(text);
        }

        public StorageKind storage() {
            return StorageKind.STRING;
        }

        public String describe() {
            return "text";
        }
    }

    /** An identifier: no line breaks, no list separators, so that references can be matched exactly. */
    record Identifier() implements FieldType {
        public Conversion convert(String text) {
            if (text.indexOf('\n') >= 0 || text.indexOf(';') >= 0) {
                return Conversion.bad("a single identifier without line breaks or ';'",
                        "one id per cell; lists belong in list fields");
            }
            if (hasControlCharacter(text)) {
                return Conversion.bad("an identifier without NUL or other control characters",
                        "the file may be binary, or in UTF-16 read as another encoding");
            }
            return Conversion.ok(text);
        }

        public StorageKind storage() {
            return StorageKind.STRING;
        }

        public String describe() {
            return "identifier";
        }
    }

    /** True when text holds a NUL or another control character (tab excepted), which no id may contain. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A list of identifiers separated by ';', ',' or line breaks; stored canonically as "A; B". */
    record IdentifierList() implements FieldType {
        public Conversion convert(String text) {
            if (text.indexOf('\0') >= 0) {
                return Conversion.bad("identifiers without NUL characters", "the file may be binary");
            }
            List<String> parts = split(text);
            return Conversion.ok(String.join("; ", parts));
        }

        public static List<String> split(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == ',' || text.charAt(i) == '\n') {
                    String id = text.substring(start, i).strip();
                    if (!id.isEmpty() && !parts.contains(id)) {
                        parts.add(id);
                    }
                    start = i + 1;
                }
            }
            return List.copyOf(parts);
        }

        public StorageKind storage() {
            return StorageKind.STRING;
        }

        public String describe() {
            return "list of identifiers separated by ';' or ','";
        }
    }

    /** Yes or no, in the spellings spreadsheets use. */
    record YesNo() implements FieldType {
        private static final Set<String> YES = Set.of("yes", "y", "true", "t", "1", "x", "ja", "oui");
        private static final Set<String> NO = Set.of("no", "n", "false", "f", "0", "-", "nein", "non");

        public Conversion convert(String text) {
            String key = text.toLowerCase(Locale.ROOT);
            if (YES.contains(key)) {
                return Conversion.ok(Boolean.TRUE);
            }
            if (NO.contains(key)) {
                return Conversion.ok(Boolean.FALSE);
            }
            return Conversion.bad("yes or no (also y/n, true/false, 1/0, x)", "leave the cell empty for no");
        }

        public StorageKind storage() {
            return StorageKind.BOOLEAN;
        }

        public String describe() {
            return "yes/no";
        }
    }

    /**
     * One of a fixed set of values, each with spellings that map onto it (case and punctuation ignored).
     *
     * @param canonicalByKey normalised spelling to canonical value
     */
    record Choice(Map<String, String> canonicalByKey, List<String> canonical) implements FieldType {
        public Choice {
            canonicalByKey = Map.copyOf(canonicalByKey);
            canonical = List.copyOf(canonical);
        }

        /** Builds a choice from entries "canonical=alias1|alias2". */
        public static Choice of(String... entries) {
            Map<String, String> byKey = new LinkedHashMap<>();
            List<String> canonical = new ArrayList<>();
            for (String entry : entries) {
                String[] sides = entry.split("=", 2);
                String value = sides[0];
                canonical.add(value);
                byKey.put(HeaderNames.normalise(value), value);
                if (sides.length == 2) {
                    Arrays.stream(sides[1].split("\\|")).forEach(a -> byKey.put(HeaderNames.normalise(a), value));
                }
            }
            return new Choice(byKey, canonical);
        }

        public Conversion convert(String text) {
            String value = canonicalByKey.get(HeaderNames.normalise(text));
            return value != null ? Conversion.ok(value)
                    : Conversion.bad("one of " + String.join(", ", canonical), null);
        }

        public StorageKind storage() {
            return StorageKind.STRING;
        }

        public String describe() {
            return "one of " + String.join(", ", canonical);
        }
    }

    /** A calendar date, ISO (2026-03-31) unless the manifest declares another pattern. */
    record Date(DateTimeFormatter format, String pattern) implements FieldType {
        public static Date iso() {
            return new Date(DateTimeFormatter.ISO_LOCAL_DATE, "yyyy-MM-dd");
        }

        public static Date pattern(String pattern) {
            return new Date(DateTimeFormatter.ofPattern(pattern, Locale.ROOT), pattern);
        }

        public Conversion convert(String text) {
            try {
                return Conversion.ok(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                return Conversion.bad("a date written " + pattern,
                        "declare \"dateFormat\" for this file in workspace.json if dates are written differently");
            }
        }

        public StorageKind storage() {
            return StorageKind.DATE;
        }

        public String describe() {
            return "date (" + pattern + ")";
        }
    }

    /** A whole number. */
    record WholeNumber() implements FieldType {
        public Conversion convert(String text) {
            try {
                return Conversion.ok(Integer.valueOf(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return Conversion.bad("a whole number", null);
            }
        }

        public StorageKind storage() {
            return StorageKind.INTEGER;
        }

        public String describe() {
            return "whole number";
        }
    }

    /** A decimal number with '.' as the decimal point (1e-5 allowed). */
    record DecimalNumber() implements FieldType {
        public Conversion convert(String text) {
            try {
                return Conversion.ok(Double.valueOf(text));
            } catch (NumberFormatException e) {
                return Conversion.bad("a number with '.' as decimal point", null);
            }
        }

        public StorageKind storage() {
            return StorageKind.DECIMAL;
        }

        public String describe() {
            return "number";
        }
    }
}
