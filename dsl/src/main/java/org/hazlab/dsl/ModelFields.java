package org.hazlab.dsl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SoftwareItem;

/**
 * Builds items, hazards and controls from the named arguments of the DSL ({@code item 'X', parent: 'P'}), with
 * the same field names as the data files (docs/data-formats.md) in camel case or snake case. Unknown argument
 * names are errors, so a typo never drops a value silently.
 */
final class ModelFields {

    private static final List<String> ITEM_KEYS = List.of("name", "parent", "description", "segregated",
            "rationale", "segregationRationale", "noContribution", "noContributionRationale", "recordedClass",
            "classRationale");
    private static final List<String> HAZARD_KEYS = List.of("title", "items", "item", "situation", "harm",
            "severity", "probability", "controls", "notes");
    private static final List<String> CONTROL_KEYS = List.of("description", "kind", "external", "reduces",
            "to", "reducesTo", "implementedBy", "on", "hazards");

    private ModelFields() {
    }

    static SoftwareItem item(String id, Map<String, ?> args, Origin origin) {
        check("item", args, ITEM_KEYS);
        Object segregated = args.get("segregated");
        String rationale = text(args, "segregationRationale", text(args, "rationale", null));
        boolean claimed;
        if (segregated instanceof CharSequence words) {
            claimed = true;
            rationale = words.toString();
        } else {
            claimed = Boolean.TRUE.equals(segregated);
        }
        return new SoftwareItem(id, text(args, "name", id), text(args, "parent", null), text(args, "description", ""),
                claimed, rationale, text(args, "noContributionRationale", text(args, "noContribution", "")),
                text(args, "recordedClass", null), text(args, "classRationale", ""), origin);
    }

    static Hazard hazard(String id, Map<String, ?> args, Origin origin) {
        check("hazard", args, HAZARD_KEYS);
        List<String> items = new ArrayList<>(list(args.get("items")));
        items.addAll(list(args.get("item")));
        return new Hazard(id, text(args, "title", ""), items, text(args, "situation", ""), text(args, "harm", ""),
                text(args, "severity", null), text(args, "probability", null), list(args.get("controls")),
                text(args, "notes", ""), origin);
    }

    static RiskControl control(String id, Map<String, ?> args, Origin origin) {
        check("control", args, CONTROL_KEYS);
        ControlKind kind = kind(text(args, "kind", "software"));
        Object external = args.get("external");
        boolean isExternal = external == null ? kind.externalByDefault() : Boolean.TRUE.equals(external)
                || "yes".equalsIgnoreCase(String.valueOf(external));
        String reduces = text(args, "reduces", null);
        RiskFactor factor = reduces == null ? null : factor(reduces);
        return new RiskControl(id, text(args, "description", ""), kind, isExternal, factor,
                text(args, "to", text(args, "reducesTo", null)), text(args, "implementedBy", null), origin);
    }

    /** The hazards a control is applied to ({@code on:} or {@code hazards:}). */
    static List<String> appliedTo(Map<String, ?> args) {
        List<String> out = new ArrayList<>(list(args.get("on")));
        out.addAll(list(args.get("hazards")));
        return out;
    }

    static ControlKind kind(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ControlKind kind : ControlKind.values()) {
            if (kind.key().equals(key) || kind.name().equalsIgnoreCase(key.replace('-', '_'))) {
                return kind;
            }
        }
        if (key.equals("independent") || key.equals("independent-software-system")) {
            return ControlKind.INDEPENDENT_SYSTEM;
        }
        if (key.equals("labeling")) {
            return ControlKind.LABELLING;
        }
        throw new IllegalArgumentException("unknown control kind '" + text
                + "'; kinds: hardware, software, human, independent-system, labelling");
    }

    private static RiskFactor factor(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("sev")) {
            return RiskFactor.SEVERITY;
        }
        if (key.startsWith("prob") || key.equals("likelihood")) {
            return RiskFactor.PROBABILITY;
        }
        throw new IllegalArgumentException("reduces: '" + text + "' must be severity or probability");
    }

    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static String text(Map<String, ?> args, String key, String fallback) {
        Object value = args.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    static void check(String what, Map<String, ?> args, List<String> keys) {
        for (String key : args.keySet()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown argument '" + key + ":' for " + what + "; expected one of "
                        + String.join(", ", keys));
            }
        }
    }
}
