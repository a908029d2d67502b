package org.hazlab.core.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the generator needs to write a workspace's synthetic incident file, read from the workspace's
 * {@code incident-profile.json} by {@link IncidentProfiles}. Data, not code, so that an analyst can tune rates,
 * narratives or the planted trend without touching Java, and so that a second workspace needs no new class.
 *
 * @param name          what the profile describes
 * @param idPrefix      prefix of incident ids (followed by a 7-digit sequence number)
 * @param source        value of the {@code source} column
 * @param maxLagDays    event date is 0..maxLagDays days before the date received
 * @param missingEventDateShare share (0..1) of rows whose event date is left empty, as in real reports
 * @param vocabulary    placeholder name to the values it may take, e.g. {@code drug -> [HEPARIN, ...]}
 * @param outcomes      event type to the outcome texts drawn for it
 * @param consequences  event type to sentences appended to the narrative, so a death reads like a death
 * @param closings      sentences appended last (manufacturer follow-up); an empty string means none
 * @param streams       hazard streams first, then unrelated streams, in file order
 * @param generation    how the workspace's committed incident file was generated, or null when not recorded
 */
public record IncidentProfile(String name, String idPrefix, String source, int maxLagDays,
                              double missingEventDateShare, Map<String, List<String>> vocabulary,
                              Map<String, List<String>> outcomes, Map<String, List<String>> consequences,
                              List<String> closings, List<IncidentStream> streams,
                              GenerationDefaults generation) {

    /** The event types of the incidents schema, as written in its {@code event_type} column. */
    public static final List<String> EVENT_TYPES = List.of("death", "injury", "malfunction", "other", "no-answer");

    public IncidentProfile {
        vocabulary = Map.copyOf(new TreeMap<>(vocabulary));
        outcomes = Map.copyOf(outcomes);
        consequences = Map.copyOf(consequences);
        closings = List.copyOf(closings);
        streams = List.copyOf(streams);
    }

    /** The recorded seed, dates, target and output file, when the profile has a {@code "generation"} entry. */
    public Optional<GenerationDefaults> generationDefaults() {
        return Optional.ofNullable(generation);
    }

    /** The stream of a hazard, if the profile has one. */
    public Optional<IncidentStream> streamFor(String hazardId) {
        return streams.stream().filter(s -> hazardId.equals(s.hazard())).findFirst();
    }
}
