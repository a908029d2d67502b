package org.hazlab.core.trace.impact;

/**
 * One difference between two versions of a workspace: an element added or removed, or one field of it changed.
 *
 * @param kind   item, hazard, control, requirement or verification
 * @param id     the element's id
 * @param change added, removed or changed
 * @param field  the changed field; empty for added and removed
 * @param before the value before (empty for added)
 * @param after  the value after (empty for removed)
 */
public record FieldChange(String kind, String id, String change, String field, String before, String after) {
}
