package org.hazlab.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.io.HeaderNames;
import org.hazlab.core.io.json.JsonLocations;
import org.hazlab.core.io.json.JsonSettingsProblem;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Reads risk policies from JSON and provides the built-in default (docs/data-formats.md, "Risk policy"). A policy
 * is checked as a whole: every level needs a name, severity levels a harm category, the matrix one row per
 * probability level with one known zone per severity level; all problems are reported together.
 */
public final class RiskPolicies {

    private static final ObjectMapper MAPPER = org.hazlab.core.io.json.StrictJson.mapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final String DEFAULT_RESOURCE = "default-policy.json";
    private static final RiskPolicy DEFAULT = loadDefault();

    private RiskPolicies() {
    }

    /** The documented default: the common 5x5 practice, ALARP (M) and above unacceptable for 62304 step 2. */
    public static RiskPolicy defaultPolicy() {
        return DEFAULT;
    }

    public static RiskPolicy read(Path file, String label) throws IOException, InvalidInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, label);
        }
    }

    public static RiskPolicy read(InputStream in, String label) throws IOException, InvalidInputException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        PolicyFile parsed;
        try {
            parsed = MAPPER.readValue(text, PolicyFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(JsonSettingsProblem.of("bad-policy", e, text, label, "the risk policy")
                    .expected("keys name, severity, probability, zones, unacceptableFrom, matrix, classification")
                    .hint("start from the default in docs/data-formats.md").build());
        }
        return build(parsed, label, JsonLocations.of(text, label));
    }

    private static RiskPolicy build(PolicyFile file, String label, JsonLocations at) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        SourceLocation where = at.at("/zones");
        Scale severity = scale("severity", file.severity(), true, at, problems);
        Scale probability = scale("probability", file.probability(), false, at, problems);
        bands(file.probability(), at, problems);
        List<String> zones = file.zones() == null ? List.of()
                : file.zones().stream().map(PolicyFile.ZoneEntry::name).toList();
        if (zones.isEmpty() || zones.stream().anyMatch(z -> z == null || z.isBlank())) {
            problems.add(Problem.error("bad-policy", where, "zones must list named zones, most acceptable first")
                    .expected("[{\"name\": \"L\"}, {\"name\": \"M\"}, {\"name\": \"H\"}]").build());
        }
        if (file.unacceptableFrom() == null || !zones.contains(file.unacceptableFrom())) {
            problems.add(Problem.error("bad-policy", at.at("/unacceptableFrom"), "unacceptableFrom must name one of the zones")
                    .value(String.valueOf(file.unacceptableFrom())).expected("one of " + zones).build());
        }
        List<List<String>> cells = matrix(file.matrix(), probability, severity, zones, at, problems);
        ClassificationOptions options = classification(file.classification(), at.at("/classification"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> meanings = file.zones().stream()
                .map(z -> z.meaning() == null ? z.name() : z.meaning()).toList();
        String name = file.name() == null || file.name().isBlank() ? label : file.name();
        return new RiskPolicy(name, label, severity, probability,
                new AcceptabilityMatrix(zones, meanings, cells, file.unacceptableFrom()), options);
    }

    /**
     * Probability bands are read bottom up: each level's {@code upTo} must be above the previous level's, or a
     * frequency could fall in two bands (or in none).
     */
    private static void bands(List<PolicyFile.LevelEntry> entries, JsonLocations at, List<Problem> problems) {
        if (entries == null) {
            return;
        }
        Double previous = null;
        String previousName = null;
        for (int i = 0; i < entries.size(); i++) {
            Double upTo = entries.get(i).upTo();
            if (upTo == null) {
                continue;
            }
            if (previous != null && upTo <= previous) {
                problems.add(Problem.error("bad-policy", at.at("/probability/" + i + "/upTo"),
                                "the probability band of '" + entries.get(i).name() + "' ends at " + upTo
                                        + ", not above the band of '" + previousName + "' (" + previous + ")")
                        .expected("upTo values that increase from the least to the most likely level").build());
            }
            previous = upTo;
            previousName = entries.get(i).name();
        }
    }

    private static Scale scale(String kind, List<PolicyFile.LevelEntry> entries, boolean needsHarm,
                               JsonLocations at, List<Problem> problems) {
        SourceLocation where = at.at("/" + kind);
        if (entries == null || entries.isEmpty()) {
            problems.add(Problem.error("bad-policy", where, "the " + kind + " scale has no levels")
                    .expected("a list of levels, least " + (needsHarm ? "severe" : "likely") + " first").build());
            return null;
        }
        List<Level> levels = new ArrayList<>();
        Set<String> spellings = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            PolicyFile.LevelEntry entry = entries.get(i);
            where = at.at("/" + kind + "/" + i);
            if (entry.name() == null || entry.name().isBlank()) {
                problems.add(Problem.error("bad-policy", where, kind + " level " + (i + 1) + " has no name").build());
                continue;
            }
            HarmCategory harm = null;
            if (needsHarm) {
                harm = entry.harm() == null ? null : HarmCategory.fromKey(entry.harm()).orElse(null);
                if (harm == null) {
                    problems.add(Problem.error("bad-policy", at.at("/" + kind + "/" + i + "/harm"),
                                    "severity level '" + entry.name() + "' needs a known harm category")
                            .value(String.valueOf(entry.harm()))
                            .expected("one of " + Arrays.stream(HarmCategory.values()).map(HarmCategory::key).toList())
                            .build());
                }
            }
            List<String> aliases = entry.aliases() == null ? List.of() : entry.aliases();
            for (String spelling : concat(entry.name(), aliases)) {
                if (!spellings.add(HeaderNames.normalise(spelling))) {
                    problems.add(Problem.error("bad-policy", where,
                            kind + " spelling '" + spelling + "' is used by two levels").build());
                }
            }
            levels.add(new Level(entry.name(), i + 1, aliases, entry.meaning(), harm, needsHarm ? null : entry.upTo()));
        }
        return levels.size() == entries.size() ? new Scale(kind, levels) : null;
    }

    private static List<List<String>> matrix(Map<String, String> rows, Scale probability, Scale severity,
                                             List<String> zones, JsonLocations at, List<Problem> problems) {
        SourceLocation where = at.at("/matrix");
        if (probability == null || severity == null) {
            return List.of();
        }
        if (rows == null) {
            problems.add(Problem.error("bad-policy", where, "the policy has no matrix")
                    .expected("one row per probability level: \"Remote\": \"L L L L M\"").build());
            return List.of();
        }
        List<List<String>> cells = new ArrayList<>();
        for (Level level : probability.levels()) {
            String row = rows.get(level.name());
            if (row == null) {
                problems.add(Problem.error("bad-policy", where, "the matrix has no row for probability '"
                        + level.name() + "'").expected("\"" + level.name() + "\": \"L L ...\"").build());
                continue;
            }
            List<String> rowCells = Arrays.asList(row.strip().split("\\s+"));
            SourceLocation rowAt = at.at("/matrix/" + level.name().replace("~", "~0").replace("/", "~1"));
            if (rowCells.size() != severity.size()) {
                problems.add(Problem.error("bad-policy", rowAt, "matrix row '" + level.name() + "' has "
                        + rowCells.size() + " cells").value(row)
                        .expected(severity.size() + " zones, one per severity level " + severity.names()).build());
            }
            rowCells.stream().filter(c -> !zones.contains(c)).findFirst().ifPresent(c ->
                    problems.add(Problem.error("bad-policy", rowAt, "matrix row '" + level.name()
                            + "' uses an unknown zone").value(c).expected("one of " + zones).build()));
            cells.add(rowCells);
        }
        rows.keySet().stream().filter(k -> probability.levels().stream().noneMatch(l -> l.name().equals(k)))
                .forEach(k -> problems.add(Problem.error("bad-policy", where,
                        "matrix row for an unknown probability level").value(k)
                        .expected("one of " + probability.names()).build()));
        return cells;
    }

    private static ClassificationOptions classification(PolicyFile.ClassificationEntry entry, SourceLocation where,
                                                        List<Problem> problems) {
        if (entry == null) {
            return ClassificationOptions.DEFAULTS;
        }
        ClassificationOptions.HarmReading harm = ClassificationOptions.HarmReading.AFTER_CONTROLS;
        if (entry.harm() != null) {
            var reading = ClassificationOptions.HarmReading.fromKey(entry.harm());
            if (reading.isEmpty()) {
                problems.add(Problem.error("bad-policy", where, "classification.harm is not a known reading")
                        .value(entry.harm()).expected("one of " + ClassificationOptions.HarmReading.keys())
                        .hint("before-controls is the conservative reading; after-controls the default").build());
            } else {
                harm = reading.get();
            }
        }
        return new ClassificationOptions(harm, Boolean.TRUE.equals(entry.creditLabelling()));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static RiskPolicy loadDefault() {
        try (InputStream in = RiskPolicies.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            RiskPolicy policy = read(in, "built-in default policy");
            return policy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the built-in policy is invalid: " + e.getMessage(), e);
        }
    }
}
