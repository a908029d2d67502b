package org.hazlab.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskPoliciesTest {

    private static final RiskPolicy DEFAULT = RiskPolicies.defaultPolicy();

    /** The 5x5 matrix of the reference: rows Improbable..Frequent, columns Negligible..Catastrophic. */
    @ParameterizedTest
    @CsvSource({
        "Improbable, Catastrophic, L, false",
        "Remote, Catastrophic, M, true",
        "Occasional, Critical, M, true",
        "Occasional, Serious, L, false",
        "Probable, Serious, M, true",
        "Probable, Catastrophic, H, true",
        "Frequent, Negligible, L, false",
        "Frequent, Minor, M, true",
        "Frequent, Critical, H, true"
    })
    void defaultMatrixMatchesTheReference(String probability, String severity, String zone, boolean unacceptable) {
        Level p = DEFAULT.probability().level(probability);
        Level s = DEFAULT.severity().level(severity);
        assertEquals(zone, DEFAULT.matrix().zone(p, s));
        assertEquals(unacceptable, DEFAULT.matrix().isUnacceptable(p, s));
    }

    @ParameterizedTest
    @CsvSource({
        "Negligible, NO_INJURY", "Minor, NON_SERIOUS_INJURY", "Serious, SERIOUS_INJURY",
        "Critical, SERIOUS_INJURY", "Catastrophic, DEATH"
    })
    void defaultSeverityToHarmMapping(String severity, HarmCategory harm) {
        assertEquals(harm, DEFAULT.harmOf(DEFAULT.severity().level(severity)));
    }

    @Test
    void levelsAreFoundByNameAliasAndRankButNeverGuessed() {
        Scale severity = DEFAULT.severity();
        assertEquals("Critical", severity.find("crit.").orElseThrow().name());
        assertEquals("Critical", severity.find("S4").orElseThrow().name());
        assertEquals("Critical", severity.find("4").orElseThrow().name());
        assertEquals("Critical", severity.find(" CRITICAL ").orElseThrow().name());
        assertFalse(severity.find("Severe").isPresent());
        assertFalse(severity.find("6").isPresent());
        assertEquals(1e-5, DEFAULT.probability().level("Remote").upperBound());
    }

    private static RiskPolicy read(String json) throws Exception {
        return RiskPolicies.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "policy.json");
    }

    @Test
    void aFourByFourPolicyIsAccepted() throws Exception {
        RiskPolicy policy = read("""
                {"name": "4x4",
                 "severity": [{"name": "Minor", "harm": "non-serious-injury"}, {"name": "Moderate", "harm": "serious-injury"},
                              {"name": "Major", "harm": "serious-injury"}, {"name": "Critical", "harm": "death"}],
                 "probability": [{"name": "Rare", "upTo": 1e-6}, {"name": "Unlikely", "upTo": 1e-4},
                                 {"name": "Possible", "upTo": 1e-2}, {"name": "Likely"}],
                 "zones": [{"name": "acceptable"}, {"name": "unacceptable"}],
                 "unacceptableFrom": "unacceptable",
                 "matrix": {"Rare": "acceptable acceptable acceptable acceptable",
                            "Unlikely": "acceptable acceptable acceptable unacceptable",
                            "Possible": "acceptable acceptable unacceptable unacceptable",
                            "Likely": "acceptable unacceptable unacceptable unacceptable"}}
                """);
        assertEquals(4, policy.severity().size());
        assertTrue(policy.matrix().isUnacceptable(policy.probability().level("Likely"),
                policy.severity().level("Moderate")));
        assertEquals("policy.json", policy.source());
    }

    @Test
    void unknownKeyIsReportedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                {
                  "name": "typo",
                  "unacceptableFrm": "M"
                }
                """));
        Problem problem = e.problems().get(0);
        assertEquals("bad-policy", problem.code());
        assertEquals(3, problem.location().line());
        assertTrue(problem.message().contains("unacceptableFrm"), problem.message());
    }

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                {"severity": [{"name": "Low", "harm": "bruise"}, {"name": "High", "harm": "death"}],
                 "probability": [{"name": "Rare"}, {"name": "Often"}],
                 "zones": [{"name": "L"}, {"name": "H"}],
                 "unacceptableFrom": "X",
                 "matrix": {"Rare": "L L L", "Sometimes": "L H"}}
                """));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'Low' needs a known harm")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("unacceptableFrom")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("row 'Rare' has 3 cells")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("no row for probability 'Often'")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown probability level")));
    }
}
