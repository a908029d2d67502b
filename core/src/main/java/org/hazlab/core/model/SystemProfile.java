package org.hazlab.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The software system as a whole: what it is called, what it is for, what kind of software it is (standalone or
 * embedded in a device, with the device's own class), and the optional attributes that the comparison schemes
 * need (IMDRF significance and situation, MDR monitored parameters, ...). Attributes are kept by name so that a
 * scheme lacking one can say exactly which is missing instead of guessing.
 *
 * @param id              short identifier used in tables (the "system" row)
 * @param name            display name
 * @param intendedPurpose intended purpose statement, or empty
 * @param attributes      further named attributes, sorted by name
 * @param kind            standalone (SaMD) or embedded, or null when the workspace does not say
 * @param deviceClass     for embedded software, the EU MDR class of the device it drives (I, IIa, IIb, III), or ""
 * @param deviceClassRule the rule that gives the device its class (e.g. "Annex VIII Rule 12"), or ""
 */
public record SystemProfile(String id, String name, String intendedPurpose, Map<String, String> attributes,
                            SoftwareKind kind, String deviceClass, String deviceClassRule) {

    /** The EU MDR classes a device class may take, lowest first. */
    public static final List<String> DEVICE_CLASSES = List.of("I", "IIa", "IIb", "III");

    /** A system whose kind the workspace does not state. */
    public SystemProfile(String id, String name, String intendedPurpose, Map<String, String> attributes) {
        this(id, name, intendedPurpose, attributes, null, "", "");
    }

    public SystemProfile {
        id = id == null || id.isBlank() ? "SYSTEM" : id;
        name = name == null || name.isBlank() ? id : name;
        intendedPurpose = intendedPurpose == null ? "" : intendedPurpose;
        attributes = Map.copyOf(new TreeMap<>(attributes));
        deviceClass = deviceClass == null ? "" : deviceClass.strip();
        deviceClassRule = deviceClassRule == null ? "" : deviceClassRule.strip();
    }

    public static SystemProfile named(String id, String name) {
        return new SystemProfile(id, name, "", Map.of());
    }

    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key)).filter(v -> !v.isBlank());
    }

    /** The stated kind, if any. */
    public Optional<SoftwareKind> statedKind() {
        return Optional.ofNullable(kind);
    }

    /** True when the software is embedded in (drives) a device. */
    public boolean embedded() {
        return kind == SoftwareKind.EMBEDDED;
    }

    /** The device's class in its canonical spelling, when it is one of {@link #DEVICE_CLASSES} (any case). */
    public Optional<String> canonicalDeviceClass() {
        return DEVICE_CLASSES.stream().filter(c -> c.equalsIgnoreCase(deviceClass)).findFirst();
    }

    /** The same system described as another kind of software. */
    public SystemProfile withKind(SoftwareKind newKind, String newDeviceClass, String newDeviceClassRule) {
        return new SystemProfile(id, name, intendedPurpose, attributes, newKind, newDeviceClass, newDeviceClassRule);
    }
}
