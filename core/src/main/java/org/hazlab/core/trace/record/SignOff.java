package org.hazlab.core.trace.record;

import java.util.List;

/**
 * The sign-off block of the record: prepared, reviewed and approved, each with a name and a date that are either
 * given (on the command line) or left blank to fill by hand.
 *
 * @param entries one per role, in the order prepared, reviewed, approved
 */
public record SignOff(List<Entry> entries) {

    /** One role's signature line. */
    public record Entry(String role, String name, String date) {
        public Entry {
            name = name == null ? "" : name;
            date = date == null ? "" : date;
        }
    }

    public SignOff {
        entries = List.copyOf(entries);
    }

    /** Names and dates as given; null leaves a blank. */
    public static SignOff of(String preparedBy, String preparedOn, String reviewedBy, String reviewedOn,
                             String approvedBy, String approvedOn) {
        return new SignOff(List.of(new Entry("Prepared", preparedBy, preparedOn),
                new Entry("Reviewed", reviewedBy, reviewedOn), new Entry("Approved", approvedBy, approvedOn)));
    }

    public static SignOff blank() {
        return of(null, null, null, null, null, null);
    }
}
