package org.hazlab.core.trace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requirements, verifications and activity evidence of a workspace, as one immutable value. The tables are
 * optional: {@link #present()} says which ones the workspace has, so that "no requirements table" can be told
 * apart from "a requirements table with no row for this control".
 *
 * @param requirements  in file order
 * @param verifications in file order
 * @param evidence      in file order
 * @param present       names of the tables the workspace has ("requirements", "verifications", "evidence")
 */
public record Traceability(List<Requirement> requirements, List<Verification> verifications,
                           List<ActivityEvidence> evidence, Set<String> present) {

    public Traceability {
        requirements = List.copyOf(requirements);
        verifications = List.copyOf(verifications);
        evidence = List.copyOf(evidence);
        present = Set.copyOf(present);
    }

    /** A workspace without traceability tables. */
    public static Traceability none() {
        return new Traceability(List.of(), List.of(), List.of(), Set.of());
    }

    public boolean has(String table) {
        return present.contains(table);
    }

    public Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Verification> verification(String id) {
        return verifications.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Requirements that implement a risk control. */
    public List<Requirement> implementing(String controlId) {
        return requirements.stream().filter(r -> r.controls().contains(controlId)).toList();
    }

    /** Verifications naming any of the ids directly. */
    public List<Verification> verifying(Set<String> ids) {
        return verifications.stream().filter(v -> v.verifies().stream().anyMatch(ids::contains)).toList();
    }

    /**
     * Verifications covering a control: those naming the control and those naming a requirement that implements
     * it.
     */
    public List<Verification> covering(String controlId) {
        Set<String> ids = implementing(controlId).stream().map(Requirement::id).collect(Collectors.toSet());
        ids.add(controlId);
        return verifying(ids);
    }

    /** Evidence rows recorded for an item or for the whole system. */
    public List<ActivityEvidence> evidenceFor(String itemId, String systemId) {
        return evidence.stream().filter(e -> e.item().equals(itemId) || e.item().equals(systemId)).toList();
    }
}
