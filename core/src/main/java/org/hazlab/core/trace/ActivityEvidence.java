package org.hazlab.core.trace;

import org.hazlab.core.model.Origin;

/**
 * Evidence that an IEC 62304 Table A.1 activity was done for an item. Evidence recorded against the system's id
 * covers every item (plans and processes are usually written once for the whole software system).
 *
 * @param item     item id, or the system id
 * @param clause   Table A.1 clause, e.g. "5.3.5"
 * @param evidence reference of the record
 * @param status   how far the evidence has got
 * @param origin   where the row was read
 */
public record ActivityEvidence(String item, String clause, String evidence, EvidenceStatus status, Origin origin) {

    public ActivityEvidence {
        evidence = evidence == null ? "" : evidence;
        status = status == null ? EvidenceStatus.DONE : status;
        origin = origin == null ? Origin.UNKNOWN : origin;
    }
}
