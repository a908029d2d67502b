package org.hazlab.core.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.problem.SourceLocation;

/**
 * One incident report as a value, for importers that build rows one at a time and for callers that look at a
 * few rows (evidence in a trigger). Bulk work uses the columns of {@link IncidentStore} instead.
 *
 * @param id          report id (MDR report key, incident id)
 * @param received    date the report was received, or null
 * @param eventDate   date of the event, or null
 * @param eventType   normalised event type
 * @param productCode device product code(s), several joined with "; "
 * @param problemCode device problem code(s) or terms, several joined with "; "
 * @param hazards     hazard ids named in the report itself (explicit links)
 * @param items       software item ids named in the report
 * @param outcome     patient outcome or severity as reported
 * @param narrative   event text
 * @param source      who reported it or which database it came from
 * @param location    where the record starts in its file
 */
public record Incident(String id, LocalDate received, LocalDate eventDate, EventType eventType, String productCode,
                       String problemCode, List<String> hazards, List<String> items, String outcome,
                       String narrative, String source, SourceLocation location) {

    public Incident {
        eventType = eventType == null ? EventType.NO_ANSWER : eventType;
        productCode = productCode == null ? "" : productCode;
        problemCode = problemCode == null ? "" : problemCode;
        hazards = hazards == null ? List.of() : List.copyOf(hazards);
        items = items == null ? List.of() : List.copyOf(items);
        outcome = outcome == null ? "" : outcome;
        narrative = narrative == null ? "" : narrative;
        source = source == null ? "" : source;
        location = location == null ? SourceLocation.ofFile("") : location;
    }

    public Optional<LocalDate> receivedDate() {
        return Optional.ofNullable(received);
    }
}
