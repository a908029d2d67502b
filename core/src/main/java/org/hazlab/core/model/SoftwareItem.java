package org.hazlab.core.model;

import java.util.Optional;

/**
 * A software item of the system (IEC 62304 3.25): a unit of decomposition that can be classified on its own.
 *
 * @param id                      unique identifier
 * @param name                    display name
 * @param parent                  identifier of the item it decomposes, or null for a top-level item
 * @param description             what it does
 * @param segregated              whether it is claimed to be segregated from its parent's other items
 * @param segregationRationale    why the segregation holds (separate processor, partitioned memory), or empty
 * @param noContributionRationale why the item cannot contribute to any hazardous situation, or empty when the
 *                                item has not been analysed as such
 * @param recordedClass           class recorded by hand in the item list (A, B or C), or null
 * @param classRationale          why the item may take a class lower than its children's, or empty
 * @param origin                  where it was defined
 */
public record SoftwareItem(String id, String name, String parent, String description, boolean segregated,
                           String segregationRationale, String noContributionRationale, String recordedClass,
                           String classRationale, Origin origin) {

    public SoftwareItem {
        name = name == null || name.isBlank() ? id : name;
        parent = parent == null || parent.isBlank() ? null : parent;
        description = description == null ? "" : description;
        segregationRationale = segregationRationale == null ? "" : segregationRationale;
        noContributionRationale = noContributionRationale == null ? "" : noContributionRationale;
        recordedClass = recordedClass == null || recordedClass.isBlank() ? null : recordedClass;
        classRationale = classRationale == null ? "" : classRationale;
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    /** A top-level item with only an id and a name; other fields are set with the {@code with...} methods. */
    public static SoftwareItem of(String id, String name) {
        return new SoftwareItem(id, name, null, "", false, "", "", null, "", Origin.UNKNOWN);
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parent);
    }

    public Optional<String> recorded() {
        return Optional.ofNullable(recordedClass);
    }

    public boolean hasSegregationRationale() {
        return !segregationRationale.isBlank();
    }

    /** True when the item was analysed and found unable to contribute to a hazardous situation. */
    public boolean declaredNonContributing() {
        return !noContributionRationale.isBlank();
    }

    public SoftwareItem withParent(String newParent) {
        return new SoftwareItem(id, name, newParent, description, segregated, segregationRationale,
                noContributionRationale, recordedClass, classRationale, origin);
    }

    public SoftwareItem withSegregation(boolean newSegregated, String rationale) {
        return new SoftwareItem(id, name, parent, description, newSegregated, rationale,
                noContributionRationale, recordedClass, classRationale, origin);
    }

    public SoftwareItem withNoContributionRationale(String rationale) {
        return new SoftwareItem(id, name, parent, description, segregated, segregationRationale, rationale,
                recordedClass, classRationale, origin);
    }

    public SoftwareItem withOrigin(Origin newOrigin) {
        return new SoftwareItem(id, name, parent, description, segregated, segregationRationale,
                noContributionRationale, recordedClass, classRationale, newOrigin);
    }
}
