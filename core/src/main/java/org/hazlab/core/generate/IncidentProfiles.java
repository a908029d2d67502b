package org.hazlab.core.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Reads an incident profile ({@code incident-profile.json}, docs/incident-generator.md) and checks it as a whole:
 * rates, shares and weights in range, event types from the incidents schema, every narrative placeholder defined
 * in the vocabulary. All problems are reported together, each naming the JSON path of the bad value.
 */
public final class IncidentProfiles {

    private static final ObjectMapper MAPPER = org.hazlab.core.io.json.StrictJson.mapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IncidentProfiles() {
    }

    public static IncidentProfile read(Path file) throws IOException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a profile; {@code label} names the input in problems (usually the file path). */
    public static IncidentProfile read(InputStream in, String label) throws IOException, InvalidInputException {
        ProfileFile parsed;
        try {
            parsed = MAPPER.readValue(in, ProfileFile.class);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            SourceLocation where = at == null ? SourceLocation.ofFile(label)
                    : new SourceLocation(label, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
            throw new InvalidInputException(Problem.error("bad-incident-profile", where,
                            "incident profile is not valid: " + org.hazlab.core.io.json.JsonMessages.plain(e))
                    .expected("keys name, notes, idPrefix, source, generation, eventDate, vocabulary, outcomes, "
                            + "consequences, closings, eventTypes, productCodes, hazards, unrelated")
                    .hint("compare with datasets/infusion-pump/incident-profile.json").build());
        }
        return new Checker(label).check(parsed);
    }

    /** Collects the problems of one profile while converting it. */
    private static final class Checker {
        private final String label;
        private final List<Problem> problems = new ArrayList<>();
        private Map<String, List<String>> vocabulary = Map.of();

        Checker(String label) {
            this.label = label;
        }

        IncidentProfile check(ProfileFile file) throws InvalidInputException {
            vocabulary = file.vocabulary() == null ? Map.of() : file.vocabulary();
            vocabulary.forEach((name, values) -> {
                if (values == null || values.isEmpty()) {
                    error("vocabulary." + name, "lists no values", "a non-empty array of strings");
                } else {
                    noNulls("vocabulary." + name, values);
                }
            });
            String idPrefix = file.idPrefix() == null ? "INC-" : file.idPrefix();
            int maxLag = 30;
            double missing = 0;
            if (file.eventDate() != null) {
                if (file.eventDate().maxLagDays() != null) {
                    maxLag = file.eventDate().maxLagDays();
                    if (maxLag < 0) {
                        error("eventDate.maxLagDays", "is negative", "0 or more days");
                    }
                }
                if (file.eventDate().missingShare() != null) {
                    missing = share("eventDate.missingShare", file.eventDate().missingShare());
                }
            }
            Map<String, List<String>> outcomes = byEventType("outcomes", file.outcomes());
            Map<String, List<String>> consequences = byEventType("consequences", file.consequences());
            List<String> closings = file.closings() == null ? List.of("") : file.closings();
            if (closings.isEmpty()) {
                error("closings", "is empty", "at least one sentence, or [\"\"] for none");
            }
            noNulls("closings", closings);
            List<IncidentStream> streams = new ArrayList<>();
            List<ProfileFile.StreamEntry> hazards = file.hazards() == null ? List.of() : file.hazards();
            List<ProfileFile.StreamEntry> unrelated = file.unrelated() == null ? List.of() : file.unrelated();
            if (hazards.isEmpty() && unrelated.isEmpty()) {
                error("hazards", "no incident streams are defined", "at least one entry in hazards or unrelated");
            }
            for (int i = 0; i < hazards.size(); i++) {
                stream("hazards[" + i + "]", hazards.get(i), true, file).ifPresent(streams::add);
            }
            for (int i = 0; i < unrelated.size(); i++) {
                stream("unrelated[" + i + "]", unrelated.get(i), false, file).ifPresent(streams::add);
            }
            List<String> seen = new ArrayList<>();
            for (IncidentStream s : streams) {
                if (s.hazard() != null && seen.contains(s.hazard())) {
                    error("hazards", "hazard " + s.hazard() + " has two entries", "one entry per hazard");
                }
                seen.add(s.hazard() == null ? "" : s.hazard());
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            GenerationDefaults generation = generation(file.generation());
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new IncidentProfile(file.name() == null ? label : file.name(), idPrefix,
                    file.source() == null ? "synthetic" : file.source(), maxLag, missing, vocabulary, outcomes,
                    consequences, closings, streams, generation);
        }

        private Optional<IncidentStream> stream(String path, ProfileFile.StreamEntry entry,
                                                          boolean forHazard, ProfileFile file) {
            int before = problems.size();
            if (entry == null) {
                error(path, "is null", "an object");
                return Optional.empty();
            }
            if (forHazard && blank(entry.hazard())) {
                error(path + ".hazard", "is missing", "the id of a hazard of the workspace, e.g. HZ-010");
            }
            if (!forHazard && !blank(entry.hazard())) {
                error(path + ".hazard", "is set on an unrelated stream", "no hazard; move the entry to hazards");
            }
            if (!forHazard && blank(entry.label())) {
                error(path + ".label", "is missing", "a short name for this family of unrelated reports");
            }
            double mean = entry.monthlyMean() == null ? -1 : entry.monthlyMean();
            if (!(mean >= 0) || Double.isInfinite(mean)) {
                error(path + ".monthlyMean", "is missing or negative", "expected reports per month, 0 or more");
            }
            Trend trend = entry.trend() == null ? null : trend(path + ".trend", entry.trend());
            double link = entry.explicitLinkShare() == null ? (forHazard ? 0.5 : 0.0)
                    : share(path + ".explicitLinkShare", entry.explicitLinkShare());
            WeightedChoice eventTypes = weights(path + ".eventTypes",
                    entry.eventTypes() != null ? entry.eventTypes() : file.eventTypes(), true);
            WeightedChoice products = weights(path + ".productCodes",
                    entry.productCodes() != null ? entry.productCodes() : file.productCodes(), false);
            WeightedChoice problemCodes = entry.problemCodes() == null || entry.problemCodes().isEmpty()
                    ? WeightedChoice.uniform(List.of("")) : weights(path + ".problemCodes", entry.problemCodes(), false);
            List<NarrativeTemplate> narratives = templates(path + ".narratives", entry.narratives());
            if (problems.size() > before) {
                return Optional.empty();
            }
            String label = forHazard ? entry.hazard() : entry.label();
            return Optional.of(new IncidentStream(label, forHazard ? entry.hazard() : null,
                    entry.items() == null ? List.of() : entry.items(), mean, trend, link, eventTypes, products,
                    problemCodes, narratives));
        }

        private GenerationDefaults generation(ProfileFile.Generation entry) {
            if (entry == null) {
                return null;
            }
            if (entry.seed() == null) {
                error("generation.seed", "is missing", "a whole number, e.g. 62304");
                return null;
            }
            try {
                return new GenerationDefaults(entry.seed(), LocalDate.parse(String.valueOf(entry.from())),
                        LocalDate.parse(String.valueOf(entry.to())),
                        entry.targetRows() == null ? 0 : entry.targetRows(), entry.output());
            } catch (DateTimeParseException e) {
                error("generation", "has a date that is not yyyy-MM-dd: " + e.getParsedString(),
                        "from and to as ISO dates, e.g. 2023-10-01");
            } catch (IllegalArgumentException e) {
                error("generation", e.getMessage(), "from not after to, targetRows 0 or more");
            }
            return null;
        }

        private Trend trend(String path, ProfileFile.TrendEntry entry) {
            try {
                YearMonth start = YearMonth.parse(String.valueOf(entry.start()));
                return new Trend(start, entry.monthlyGrowth() == null ? Double.NaN : entry.monthlyGrowth());
            } catch (DateTimeParseException e) {
                error(path + ".start", "is not a month: " + entry.start(), "yyyy-MM, e.g. 2025-10");
            } catch (IllegalArgumentException e) {
                error(path + ".monthlyGrowth", e.getMessage(), "a factor such as 1.15 (15 % more per month)");
            }
            return null;
        }

        private WeightedChoice weights(String path, Map<String, Double> weighted, boolean eventTypes) {
            if (weighted == null || weighted.isEmpty()) {
                error(path, "is missing (and there is no profile-wide default)", "an object of value to weight");
                return null;
            }
            Map<String, Double> clean = new LinkedHashMap<>();
            weighted.forEach((value, weight) -> {
                if (eventTypes && !IncidentProfile.EVENT_TYPES.contains(value)) {
                    error(path + "." + value, "is not an event type", String.join(", ", IncidentProfile.EVENT_TYPES));
                } else if (weight == null || !(weight > 0) || Double.isInfinite(weight)) {
                    error(path + "." + value, "has weight " + weight, "a positive number");
                } else {
                    clean.put(value, weight);
                }
            });
            return clean.isEmpty() ? null : WeightedChoice.of(clean);
        }

        private List<NarrativeTemplate> templates(String path, List<String> texts) {
            if (texts == null || texts.isEmpty()) {
                error(path, "is missing or empty", "at least one narrative template");
                return List.of();
            }
            List<NarrativeTemplate> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                NarrativeTemplate template = NarrativeTemplate.parse(texts.get(i) == null ? "" : texts.get(i));
                for (String name : template.placeholders()) {
                    if (!vocabulary.containsKey(name)) {
                        error(path + "[" + i + "]", "uses {" + name + "}, which the vocabulary does not define",
                                "one of " + vocabulary.keySet().stream().sorted().toList());
                    }
                }
                out.add(template);
            }
            return out;
        }

        private Map<String, List<String>> byEventType(String path, Map<String, List<String>> texts) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String type : IncidentProfile.EVENT_TYPES) {
                out.put(type, List.of(""));
            }
            if (texts == null) {
                return out;
            }
            texts.forEach((type, values) -> {
                if (!IncidentProfile.EVENT_TYPES.contains(type)) {
                    error(path + "." + type, "is not an event type", String.join(", ", IncidentProfile.EVENT_TYPES));
                } else if (values == null || values.isEmpty()) {
                    error(path + "." + type, "is empty", "at least one text, or [\"\"]");
                } else {
                    noNulls(path + "." + type, values);
                    out.put(type, values);
                }
            });
            return out;
        }

        private double share(String path, double value) {
            if (!(value >= 0 && value <= 1)) {
                error(path, "is " + value, "a share between 0 and 1");
                return 0;
            }
            return value;
        }

        private void noNulls(String path, List<String> values) {
            if (values.stream().anyMatch(value -> value == null)) {
                error(path, "contains null", "strings only (\"\" for an empty text)");
            }
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private void error(String path, String what, String expected) {
            problems.add(Problem.error("bad-incident-profile", SourceLocation.ofFile(label), path + " " + what)
                    .expected(expected).build());
        }
    }
}
