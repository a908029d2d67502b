package org.hazlab.core.review.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules that link incidents to hazards: the hazard ids a report names itself (on unless switched off), plus
 * product-code, problem-code, keyword and regular-expression rules. Immutable; build with {@link #builder()} or
 * from maps with {@link #of}, which is what the DSL's {@code link { ... }} block produces.
 *
 * @param explicitIds whether a report's own {@code hazards} column links it
 * @param rules       the other rules, in declaration order
 */
public record LinkRules(boolean explicitIds, List<LinkRule> rules) {

    public LinkRules {
        rules = List.copyOf(rules);
    }

    /** Only the hazard ids reports carry. */
    public static LinkRules explicitOnly() {
        return new LinkRules(true, List.of());
    }

    /**
     * Rules from maps of hazard id to keywords, to regular expressions and to product codes (any may be empty),
     * plus explicit ids.
     */
    public static LinkRules of(Map<String, List<String>> keywords, Map<String, List<String>> regexes,
                               Map<String, List<String>> productCodes) {
        Builder builder = builder();
        keywords.forEach((hazard, words) -> builder.keywords(hazard, words));
        regexes.forEach((hazard, patterns) -> patterns.forEach(p -> builder.regex(hazard, p)));
        productCodes.forEach((hazard, codes) -> codes.forEach(c -> builder.productCode(c, hazard)));
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates rules in order. */
    public static final class Builder {
        private boolean explicit = true;
        private final List<LinkRule> rules = new ArrayList<>();

        public Builder explicitIds(boolean use) {
            explicit = use;
            return this;
        }

        public Builder productCode(String code, String hazard) {
            rules.add(new LinkRule.ProductCode(code, hazard));
            return this;
        }

        public Builder problemCode(String code, String hazard) {
            rules.add(new LinkRule.ProblemCode(code, hazard));
            return this;
        }

        public Builder keywords(String hazard, List<String> words) {
            rules.add(new LinkRule.Keywords(words, hazard));
            return this;
        }

        public Builder keywords(String hazard, String... words) {
            return keywords(hazard, List.of(words));
        }

        public Builder regex(String hazard, String pattern) {
            java.util.regex.Pattern.compile(pattern);
            rules.add(new LinkRule.Regex(pattern, hazard));
            return this;
        }

        public LinkRules build() {
            return new LinkRules(explicit, rules);
        }
    }
}
