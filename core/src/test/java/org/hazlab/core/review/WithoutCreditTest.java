package org.hazlab.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hazard without one control's credit, as the review derives it two dozen times without validating again, is the
 * model that a full rebuild and validation give: same contents, same warnings, same classes and reasons under every
 * scheme, for every credited control of every bundled workspace.
 */
class WithoutCreditTest {

    @ParameterizedTest
    @ValueSource(strings = {"infusion-pump", "infusion-pump-v2", "diagnostic-support", "training"})
    void isTheModelARebuildAndValidationGive(String workspace) throws Exception {
        SafetyModel model = WorkspaceLoader.load(Path.of("../datasets", workspace)).safetyModel().orElseThrow();
        int compared = 0;
        for (Hazard hazard : model.hazards()) {
            for (String control : hazard.controls()) {
                List<String> rest = new ArrayList<>(hazard.controls());
                rest.remove(control);
                SafetyModel rebuilt = model.toBuilder().replaceHazard(hazard.withControls(rest)).build()
                        .modelIfValid().orElseThrow();
                SafetyModel derived = model.withoutCredit(hazard.id(), control);
                assertEquals(rebuilt.hazards(), derived.hazards());
                assertEquals(rebuilt.items(), derived.items());
                assertEquals(rebuilt.controls(), derived.controls());
                assertEquals(rebuilt.warnings(), derived.warnings());
                for (var item : model.items()) {
                    assertEquals(rebuilt.hazardsNaming(item.id()), derived.hazardsNaming(item.id()));
                }
                List<ClassificationResult> expected = Classifications.runAll(rebuilt);
                List<ClassificationResult> actual = Classifications.runAll(derived);
                for (int scheme = 0; scheme < expected.size(); scheme++) {
                    assertEquals(expected.get(scheme).labels(), actual.get(scheme).labels());
                    for (String item : expected.get(scheme).byId().keySet()) {
                        assertEquals(expected.get(scheme).byId().get(item).because(),
                                actual.get(scheme).byId().get(item).because(), hazard.id() + " without " + control);
                    }
                }
                compared++;
            }
        }
        assertTrue(compared >= 2, compared + " credited controls in " + workspace);
        Hazard any = model.hazards().get(0);
        assertThrows(IllegalArgumentException.class, () -> model.withoutCredit(any.id(), "NO-SUCH-CONTROL"));
        assertThrows(IllegalArgumentException.class, () -> model.withoutCredit("NO-SUCH-HAZARD", "X"));
    }
}
