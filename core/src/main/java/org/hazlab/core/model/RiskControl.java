package org.hazlab.core.model;

import java.util.Optional;

/**
 * A risk control measure. Whether it is external to the software system decides whether it may lower a software
 * safety class (IEC 62304 4.3); what it reduces, and to which level ({@code reducesTo}) or by how many levels
 * ({@code reducesBy}), decides by how much. Several controls on one hazard combine as docs/method.md says.
 *
 * @param id            unique identifier
 * @param description   what the control does
 * @param kind          hardware, software, human, independent system or labelling
 * @param external      whether it is external to the software system
 * @param reduces       the risk factor it lowers, or null when not stated
 * @param reducesTo     the level (of that factor's scale) it lowers the risk to, or null
 * @param reducesBy     the number of levels it lowers that factor by, or 0 when not stated
 * @param implementedBy identifier of the software item implementing it, for software controls, or null
 * @param origin        where it was defined
 */
public record RiskControl(String id, String description, ControlKind kind, boolean external, RiskFactor reduces,
                          String reducesTo, int reducesBy, String implementedBy, Origin origin) {

    /** A control stating its reduction as a level (or none). */
    public RiskControl(String id, String description, ControlKind kind, boolean external, RiskFactor reduces,
                       String reducesTo, String implementedBy, Origin origin) {
        this(id, description, kind, external, reduces, reducesTo, 0, implementedBy, origin);
    }

    public RiskControl {
        description = description == null ? "" : description;
        reducesTo = reducesTo == null || reducesTo.isBlank() ? null : reducesTo;
        implementedBy = implementedBy == null || implementedBy.isBlank() ? null : implementedBy;
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    /** A control with an id, kind and externality; other fields empty. */
    public static RiskControl of(String id, ControlKind kind, boolean external) {
        return new RiskControl(id, "", kind, external, null, null, null, Origin.UNKNOWN);
    }

    public Optional<RiskFactor> reducedFactor() {
        return Optional.ofNullable(reduces);
    }

    public Optional<String> reducedToLevel() {
        return Optional.ofNullable(reducesTo);
    }

    /** True when the control states what it lowers and to which level or by how many levels. */
    public boolean hasStatedEffect() {
        return reduces != null && (reducesTo != null || reducesBy > 0);
    }

    /** "probability to Remote", "severity by 2 levels", or "no stated effect". */
    public String effectWords() {
        if (!hasStatedEffect()) {
            return "no stated effect";
        }
        return reduces + (reducesTo != null ? " to " + reducesTo
                : " by " + reducesBy + (reducesBy == 1 ? " level" : " levels"));
    }

    public Optional<String> implementingItem() {
        return Optional.ofNullable(implementedBy);
    }

    public RiskControl withExternal(boolean newExternal) {
        return new RiskControl(id, description, kind, newExternal, reduces, reducesTo, reducesBy, implementedBy, origin);
    }

    /** The same control lowering {@code factor} to {@code level} (its {@code reducesBy} is kept). */
    public RiskControl withReduction(RiskFactor factor, String level) {
        return new RiskControl(id, description, kind, external, factor, level, reducesBy, implementedBy, origin);
    }

    /** The same control lowering {@code factor} by {@code levels} levels (no {@code reducesTo}). */
    public RiskControl withReductionBy(RiskFactor factor, int levels) {
        return new RiskControl(id, description, kind, external, factor, null, levels, implementedBy, origin);
    }
}
