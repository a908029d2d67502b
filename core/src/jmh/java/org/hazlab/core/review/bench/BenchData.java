package org.hazlab.core.review.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hazlab.core.generate.IncidentGenerator;
import org.hazlab.core.generate.IncidentProfiles;
import org.hazlab.core.review.link.LinkRules;

/**
 * The benchmark inputs: the generator's 1,000,000-row MAUDE-like file for the infusion-pump workspace (written
 * once to {@code target/bench/incidents-1m.csv}, or the file named by {@code -Dhazlab.bench.file}) and 500
 * keyword rules. Run from the repository root, or set {@code -Dhazlab.workspace}.
 */
final class BenchData {

    static final int ROWS = 1_000_000;

    private BenchData() {
    }

    static Path workspace() {
        return Path.of(System.getProperty("hazlab.workspace", "datasets/infusion-pump"));
    }

    static Path millionRows() throws IOException {
        String given = System.getProperty("hazlab.bench.file");
        if (given != null) {
            return Path.of(given);
        }
        Path file = Path.of("target/bench/incidents-1m.csv");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("incidents-1m.csv.tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                IncidentGenerator.generate(IncidentProfiles.read(workspace().resolve("incident-profile.json")), 62304,
                        LocalDate.parse("2023-10-01"), LocalDate.parse("2026-09-30"), ROWS, out);
            } catch (org.hazlab.core.problem.InvalidInputException e) {
                throw new IOException(e);
            }
            Files.move(temp, file);
        }
        return file;
    }

    /**
     * 500 keyword rules over 36 hazards: the phrases the workspace's narratives use for its hazards, and made-up
     * error-code phrases that never occur (the usual shape of a real rule set: most rules rarely fire).
     */
    static LinkRules fiveHundredKeywordRules() {
        List<String> phrases = List.of("FREE FLOW", "FASTER THAN PROGRAMMED", "OVER-INFUSION", "DOSE CALCULATION",
                "PROGRAMMING ERROR", "TEN-FOLD", "DECIMAL POINT", "WRONG DOSING UNITS", "UNIT OF MEASURE",
                "OUTDATED DRUG LIBRARY", "DRUG LIBRARY ENTRY", "HARD LIMIT", "DOWNSTREAM OCCLUSION",
                "NO OCCLUSION ALARM", "LOW RATE OF", "LOW FLOW RATE", "LOW-RATE", "UNINTENDED BOLUS",
                "FALSE OCCLUSION", "NUISANCE OCCLUSION", "AIR IN LINE", "AIR-IN-LINE", "NO AUDIBLE ALARM",
                "SPEAKER DID NOT SOUND", "AUDIO PAUSED", "LOW BATTERY ALARM", "BATTERY GAUGE", "BURNING SMELL",
                "EVENT LOG", "EVENT HISTORY", "SCREEN FROZE", "FROZEN DISPLAY", "SELF TEST", "EMR",
                "LIBRARY DOWNLOAD", "VTBI FIELD", "WRONG FIELD", "SECONDARY INFUSION", "PIGGYBACK");
        LinkRules.Builder builder = LinkRules.builder();
        SplittableRandom random = new SplittableRandom(62304);
        List<String> hazards = new ArrayList<>();
        for (int h = 1; h <= 36; h++) {
            hazards.add(String.format("HZ-%03d", h));
        }
        for (int rule = 0; rule < 500; rule++) {
            String hazard = hazards.get(rule % hazards.size());
            String word = rule < phrases.size() ? phrases.get(rule)
                    : "ERROR CODE E" + (1000 + random.nextInt(9000)) + " " + (char) ('A' + rule % 26) + "X" + rule;
            builder.keywords(hazard, word);
        }
        return builder.build();
    }
}
