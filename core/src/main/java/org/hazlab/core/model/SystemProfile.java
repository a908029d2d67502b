package org.hazlab.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The software system as a whole: what it is called, what it is for, and the optional attributes that the
 * comparison schemes need (IMDRF significance and situation, MDR monitored parameters, ...). Attributes are kept
 * by name so that a scheme lacking one can say exactly which is missing instead of guessing.
 *
 * @param id              short identifier used in tables (the "system" row)
 * @param name            display name
 * @param intendedPurpose intended purpose statement, or empty
 * @param attributes      further named attributes, sorted by name
 */
public record SystemProfile(String id, String name, String intendedPurpose, Map<String, String> attributes) {

    public SystemProfile {
        id = id == null || id.isBlank() ? "SYSTEM" : id;
        name = name == null || name.isBlank() ? id : name;
        intendedPurpose = intendedPurpose == null ? "" : intendedPurpose;
        attributes = Map.copyOf(new TreeMap<>(attributes));
    }

    public static SystemProfile named(String id, String name) {
        return new SystemProfile(id, name, "", Map.of());
    }

    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key)).filter(v -> !v.isBlank());
    }
}
