package org.hazlab.core.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The harm categories IEC 62304 step 3 distinguishes, plus "no injury". A risk policy maps each severity level
 * onto one of them; the mapping, not the level's name, decides between class B and C.
 */
public enum HarmCategory {
    NO_INJURY("no-injury", "no injury"),
    NON_SERIOUS_INJURY("non-serious-injury", "non-serious injury"),
    SERIOUS_INJURY("serious-injury", "serious injury"),
    DEATH("death", "death");

    private final String key;
    private final String words;

    HarmCategory(String key, String words) {
        this.key = key;
        this.words = words;
    }

    /** The spelling used in policy files. */
    public String key() {
        return key;
    }

    /** Plain words for explanations. */
    public String words() {
        return words;
    }

    /** Death or serious injury: the harm that makes a software item class C. */
    public boolean isSeriousOrDeath() {
        return this == SERIOUS_INJURY || this == DEATH;
    }

    public static Optional<HarmCategory> fromKey(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(h -> h.key.equals(wanted)).findFirst();
    }
}
