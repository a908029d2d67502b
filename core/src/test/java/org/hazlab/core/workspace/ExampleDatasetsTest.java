package org.hazlab.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.RiskPolicies;
import org.junit.jupiter.api.Test;

/** The example workspaces in datasets/ load with no problem at all and keep the features their READMEs promise. */
class ExampleDatasetsTest {

    private static final Path DATASETS = Path.of("..", "datasets");

    private static Workspace load(String name) throws Exception {
        Workspace workspace = WorkspaceLoader.load(DATASETS.resolve(name));
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        assertEquals(List.of(), workspace.problemList(), "no errors and no warnings expected");
        return workspace;
    }

    @Test
    void infusionPumpHasTheAdvertisedShape() throws Exception {
        Workspace workspace = load("infusion-pump");
        SafetyModel model = workspace.safetyModel().orElseThrow();
        assertEquals(24, model.items().size());
        assertEquals(36, model.hazards().size());
        assertEquals(22, model.controls().size());
        assertEquals(List.of("IPC-WDG", "IPC-LOG"), model.items().stream().filter(SoftwareItem::segregated)
                .map(SoftwareItem::id).toList());
        assertEquals(List.of("IPC-INFO"), model.items().stream().filter(SoftwareItem::declaredNonContributing)
                .map(SoftwareItem::id).toList());
        assertEquals("IPC-DOSE-LIM", model.control("RC-SW-01").flatMap(RiskControl::implementingItem).orElseThrow());
        assertTrue(model.controls().stream().filter(c -> c.kind() == ControlKind.SOFTWARE)
                .noneMatch(RiskControl::external), "software controls are internal");
        for (String level : List.of("Negligible", "Minor", "Serious", "Critical", "Catastrophic")) {
            assertTrue(model.hazards().stream().anyMatch(h -> level.equals(h.severity())), level);
        }
        assertTrue(model.subtree("IPC-THER").stream().anyMatch(i -> i.id().equals("IPC-DOSE-CALC")));
        assertEquals("IPC-DOSE", model.item("IPC-DOSE-CALC").flatMap(SoftwareItem::parentId).orElseThrow());
        assertTrue(workspace.incidentTable().rowCount() >= 2000);
        assertEquals("critical", model.system().attribute("situation").orElseThrow());
    }

    @Test
    void infusionPumpPolicyIsTheDefaultInContent() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = RiskPolicies.class.getResourceAsStream("default-policy.json")) {
            assertEquals(mapper.readTree(in),
                    mapper.readTree(DATASETS.resolve("infusion-pump").resolve("policy.json").toFile()),
                    "datasets/infusion-pump/policy.json must stay a copy of the built-in default");
        }
    }

    @Test
    void diagnosticSupportUsesItsOwnFourByFourPolicy() throws Exception {
        Workspace workspace = load("diagnostic-support");
        SafetyModel model = workspace.safetyModel().orElseThrow();
        assertEquals(4, model.policy().severity().size());
        assertEquals(4, model.policy().probability().size());
        assertEquals(10, model.items().size());
        assertEquals(12, model.hazards().size());
        RiskControl review = model.control("RC-HUM-1").orElseThrow();
        assertTrue(review.external());
        assertEquals(ControlKind.HUMAN, review.kind());
        assertEquals("drive", model.system().attribute("significance").orElseThrow());
    }

    @Test
    void trainingHasNoManifestAndTheDefaultPolicy() throws Exception {
        Workspace workspace = load("training");
        assertEquals("built-in default policy", workspace.policy().source());
        SafetyModel model = workspace.safetyModel().orElseThrow();
        assertEquals(4, model.items().size());
        assertFalse(model.hazards().get(0).controls().contains("RC-HW-1"), "the exercise adds RC-HW-1");
        assertEquals("Critical", model.hazard("HZ-1").orElseThrow().severity());
    }

    @Test
    void infusionPumpHasTheAdvertisedTraceability() throws Exception {
        Workspace workspace = load("infusion-pump");
        var trace = workspace.traceability();
        assertEquals(31, trace.requirements().size());
        assertEquals(30, trace.verifications().size());
        assertEquals(250, trace.evidence().size());
        assertTrue(trace.implementing("RC-HUM-03").isEmpty(), "the deliberately unimplemented control");
        assertEquals(org.hazlab.core.trace.VerificationResult.FAIL, trace.verification("VER-007").orElseThrow().result());
    }

    @Test
    void infusionPumpReleaseTwoAddsTheDoseRecommendationModule() throws Exception {
        Workspace workspace = load("infusion-pump-v2");
        SafetyModel model = workspace.safetyModel().orElseThrow();
        assertEquals(25, model.items().size());
        assertEquals(37, model.hazards().size());
        assertEquals(23, model.controls().size());
        assertEquals(List.of("IPC-DOSE-REC", "IPC-LOG"), model.hazard("HZ-037").orElseThrow().items());
        assertEquals(0, workspace.incidentTable().rowCount(), "release 2.0 ships without incidents");
    }
}
