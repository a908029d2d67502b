package org.hazlab.core.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a risk policy file, bound by Jackson and then checked by {@link RiskPolicies}. Unknown keys
 * are rejected so that a misspelt "unacceptableFrom" is an error, not a silently ignored setting.
 */
record PolicyFile(String name, List<LevelEntry> severity, List<LevelEntry> probability, List<ZoneEntry> zones,
                  String unacceptableFrom, Map<String, String> matrix,
                  ClassificationEntry classification) {

    record LevelEntry(String name, List<String> aliases, String meaning, String harm,
                      @JsonProperty("upTo") Double upTo) {
    }

    /** The optional "classification" section: {"harm": "after-controls", "creditLabelling": false}. */
    record ClassificationEntry(String harm, Boolean creditLabelling) {
    }

    record ZoneEntry(String name, String meaning) {
    }
}
