package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;
import org.junit.jupiter.api.Test;

class Iec62304EdgeCasesTest {

    /** Three severities, two probabilities, zones A/R/U, everything from R unacceptable, even for no injury. */
    private static final String STRICT_POLICY = """
            {
              "name": "strict",
              "severity": [
                {"name": "None", "harm": "no-injury"},
                {"name": "Hurt", "harm": "non-serious-injury"},
                {"name": "Grave", "harm": "serious-injury"}
              ],
              "probability": [{"name": "Rare"}, {"name": "Often"}],
              "zones": [{"name": "A"}, {"name": "R"}, {"name": "U"}],
              "unacceptableFrom": "R",
              "matrix": {"Rare": "A A R", "Often": "R U U"}
            }
            """;

    private static RiskPolicy strict() throws Exception {
        return RiskPolicies.read(new ByteArrayInputStream(STRICT_POLICY.getBytes(StandardCharsets.UTF_8)), "strict");
    }

    @Test
    void unacceptableRiskWithoutInjuryIsClassBAndZonesComeFromThePolicy() throws Exception {
        SafetyModel model = TestModels.valid(SafetyModel.builder(strict()).item(SoftwareItem.of("I1", "I1"))
                .hazard(Hazard.of("H1", List.of("I1"), "None", "Rare", List.of())));
        ClassificationResult result = Classifications.run(model);
        assertEquals("B", result.item("I1").orElseThrow().label());
        HazardJudgement j = result.hazard("H1").orElseThrow();
        assertEquals("Often x None = R (unacceptable)", j.cell().words());
        assertEquals("None -> no injury -> B", j.severityRule());
        assertEquals("A", Classifications.run(model, "62304-2006").item("I1").orElseThrow().label());
        assertEquals("Basic", Classifications.run(model, "fda").system().label());
    }

    @Test
    void emptyModelIsNotAnalysed() {
        ClassificationResult result = Classifications.run(TestModels.model().build());
        assertEquals("C", result.system().label());
        assertTrue(result.system().path().has(StepKind.NOT_ANALYSED));
        assertEquals(List.of(), result.items());
    }

    @Test
    void emptyHazardLogWithDeclaredItemsIsClassA() {
        ClassificationResult result = Classifications.run(TestModels.model()
                .add(SoftwareItem.of("I1", "I1").withNoContributionRationale("help texts only")).build());
        assertEquals("A", result.system().label());
        assertEquals("The hazard log is empty, so the decision flow alone gives class A.",
                result.system().path().steps().get(0).words());
    }

    @Test
    void longHazardListsAreShortenedInWordsButKeptInData() {
        TestModels builder = TestModels.model().item("I1");
        for (int i = 1; i <= 7; i++) {
            builder.hazard("H" + i, "Negligible", List.of("I1"));
        }
        ItemClassification item = Classifications.run(builder.build()).item("I1").orElseThrow();
        DecisionStep contributes = item.path().first(StepKind.CONTRIBUTES).orElseThrow();
        assertEquals(7, contributes.hazards().size());
        assertEquals("I1 is named in hazards H1, H2, H3, H4, H5 and 2 more, so it can contribute to a hazardous "
                + "situation.", contributes.words());
        assertEquals("A", item.label());
    }

    @Test
    void hazardNamingNoItemStillCountsForTheSystem() {
        SafetyModel model = TestModels.model()
                .add(SoftwareItem.of("I1", "I1").withNoContributionRationale("reports only").withSegregation(false, ""))
                .hazard("H1", "Catastrophic", List.of()).build();
        ClassificationResult result = Classifications.run(model);
        assertEquals("C", result.system().label());
        assertEquals("C", result.item("I1").orElseThrow().label());
        assertEquals("class C because it inherits the class of the software system (not segregated)",
                result.item("I1").orElseThrow().because());
    }
}
