package org.hazlab.core.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.problem.InvalidInputException;

/** Profiles and helpers shared by the generator tests: an inline profile, and the shipped infusion-pump one. */
final class TestProfiles {

    static final Path INFUSION_PUMP = Path.of("..", "datasets", "infusion-pump");

    private TestProfiles() {
    }

    static IncidentProfile parse(String json) throws IOException, InvalidInputException {
        return IncidentProfiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    /** Two hazards (one flat, one rising from 2026-03) and one unrelated stream; narratives need quoting. */
    static IncidentProfile small() throws IOException, InvalidInputException {
        return parse("""
                {
                  "name": "small",
                  "idPrefix": "T-",
                  "vocabulary": { "rate": ["1 ML/HR", "2,5 ML/HR"], "drug": ["HEPARIN", "\\"X\\" DRUG"] },
                  "consequences": { "death": ["THE PATIENT DIED."] },
                  "closings": ["", "EVALUATION:\\nNO DEFECT, \\"AS DESIGNED\\"."],
                  "eventTypes": { "malfunction": 90, "injury": 9, "death": 1 },
                  "productCodes": { "FRN": 1 },
                  "hazards": [
                    { "hazard": "HZ-FLAT", "items": ["A", "B"], "monthlyMean": 20, "explicitLinkShare": 1,
                      "problemCodes": { "Occlusion Within Device": 1 },
                      "narratives": ["FLAT, AT {rate} WITH {drug}"] },
                    { "hazard": "HZ-RISE", "items": ["C"], "monthlyMean": 2, "explicitLinkShare": 1,
                      "trend": { "start": "2026-03", "monthlyGrowth": 1.35 },
                      "narratives": ["RISING \\"LOW RATE\\" OCCLUSION AT {rate}\\nSECOND LINE"] }
                  ],
                  "unrelated": [ { "label": "other", "monthlyMean": 10, "narratives": ["UNRELATED"] } ]
                }
                """);
    }

    static String generate(IncidentProfile profile, long seed, LocalDate from, LocalDate to, long target)
            throws IOException {
        StringWriter out = new StringWriter();
        IncidentGenerator.generate(profile, seed, from, to, target, out);
        return out.toString();
    }

    /** A copy of the profile in which every hazard row carries its hazard id (the random draws are unchanged). */
    static IncidentProfile allLinked(IncidentProfile profile) {
        List<IncidentStream> streams = new ArrayList<>();
        for (IncidentStream s : profile.streams()) {
            streams.add(new IncidentStream(s.label(), s.hazard(), s.items(), s.monthlyMean(), s.trend(),
                    s.hazard() == null ? 0 : 1, s.eventTypes(), s.productCodes(), s.problemCodes(),
                    s.narratives()));
        }
        return new IncidentProfile(profile.name(), profile.idPrefix(), profile.source(), profile.maxLagDays(),
                profile.missingEventDateShare(), profile.vocabulary(), profile.outcomes(), profile.consequences(),
                profile.closings(), streams, profile.generation());
    }
}
