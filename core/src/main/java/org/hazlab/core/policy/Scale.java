package org.hazlab.core.policy;

import java.util.List;
import java.util.Optional;
import org.hazlab.core.io.HeaderNames;

/**
 * An ordered scale of levels (severity or probability). Lookup accepts the canonical name, any alias and the
 * rank written as a number, ignoring case and punctuation; anything else is unknown, never guessed.
 */
public record Scale(String name, List<Level> levels) {

    public Scale {
        levels = List.copyOf(levels);
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).rank() != i + 1) {
                throw new IllegalArgumentException(name + " scale: level " + levels.get(i).name()
                        + " has rank " + levels.get(i).rank() + ", expected " + (i + 1));
            }
        }
    }

    public Optional<Level> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = HeaderNames.normalise(text);
        for (Level level : levels) {
            if (HeaderNames.normalise(level.name()).equals(key)
                    || level.aliases().stream().anyMatch(a -> HeaderNames.normalise(a).equals(key))
                    || Integer.toString(level.rank()).equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level with this canonical name; throws when absent (use for names already validated). */
    public Level level(String canonicalName) {
        return levels.stream().filter(l -> l.name().equals(canonicalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " scale has no level " + canonicalName));
    }

    public Level lowest() {
        return levels.get(0);
    }

    public Level highest() {
        return levels.get(levels.size() - 1);
    }

    public int size() {
        return levels.size();
    }

    /** Names of all levels, lowest first, for messages. */
    public List<String> names() {
        return levels.stream().map(Level::name).toList();
    }
}
