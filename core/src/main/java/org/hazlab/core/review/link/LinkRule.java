package org.hazlab.core.review.link;

import java.util.List;

/**
 * One way of saying "reports like this concern hazard H". Rules are data so the DSL can declare them, reports
 * can list them, and the linker can compile all keyword rules into one automaton.
 */
public sealed interface LinkRule {

    /** The hazard the rule links to. */
    String hazard();

    /** How the rule reads in a report. */
    String describe();

    /** Reports whose product code is {@code code} (any of a multi-valued cell). */
    record ProductCode(String code, String hazard) implements LinkRule {
        public String describe() {
            return "product code " + code;
        }
    }

    /** Reports with device problem code or term {@code code} (any of a multi-valued cell). */
    record ProblemCode(String code, String hazard) implements LinkRule {
        public String describe() {
            return "problem code " + code;
        }
    }

    /** Reports whose narrative contains any of the words (ASCII case-insensitive substring). */
    record Keywords(List<String> words, String hazard) implements LinkRule {
        public Keywords {
            words = List.copyOf(words);
        }

        public String describe() {
            return "narrative contains " + String.join(" | ", words.stream().map(w -> '"' + w + '"').toList());
        }
    }

    /** Reports whose narrative matches a Java regular expression (find, case-insensitive). */
    record Regex(String pattern, String hazard) implements LinkRule {
        public String describe() {
            return "narrative matches /" + pattern + "/";
        }
    }
}
