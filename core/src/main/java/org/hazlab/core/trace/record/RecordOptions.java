package org.hazlab.core.trace.record;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to write the classification record.
 *
 * @param asOf          the record's date (pins every date the record prints; same inputs and date, same bytes)
 * @param signOff       names and dates of the sign-off block, blank when not given
 * @param reviewHistory a periodic-review history (JSON Lines) to draw reclassifications from, or null
 * @param gitHistory    whether to read the workspace's git revisions for reclassifications
 */
public record RecordOptions(LocalDate asOf, SignOff signOff, Path reviewHistory, boolean gitHistory) {

    public RecordOptions {
        signOff = signOff == null ? SignOff.blank() : signOff;
    }
}
