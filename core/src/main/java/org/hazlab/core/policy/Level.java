package org.hazlab.core.policy;

import java.util.List;
import java.util.Optional;

/**
 * One level of a severity or probability scale. Rank 1 is the lowest. A severity level carries the harm
 * category it maps to; a probability level may carry the upper bound of its band (per use or per device-year,
 * as the policy says), which periodic reviews compare with observed rates.
 *
 * @param name       canonical name, as written in the policy
 * @param rank       1-based position, lowest first
 * @param aliases    other spellings accepted in data files (e.g. "S4", "4", "Crit.")
 * @param meaning    what the level means, for explanations
 * @param harm       for severity levels, the 62304 harm category; null on probability levels
 * @param upperBound for probability levels, the band's upper bound; null when open-ended or not given
 */
public record Level(String name, int rank, List<String> aliases, String meaning, HarmCategory harm,
                    Double upperBound) {

    public Level {
        aliases = List.copyOf(aliases);
        meaning = meaning == null ? "" : meaning;
    }

    public Optional<HarmCategory> harmCategory() {
        return Optional.ofNullable(harm);
    }

    public Optional<Double> bandUpperBound() {
        return Optional.ofNullable(upperBound);
    }

    @Override
    public String toString() {
        return name;
    }
}
