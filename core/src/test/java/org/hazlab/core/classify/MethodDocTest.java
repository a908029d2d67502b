package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.registry.SchemeRegistry;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;

/** docs/method.md and docs/classification-json.md stay in step with the code: schemes, attributes, steps, codes. */
class MethodDocTest {

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("../docs/" + name));
    }

    @Test
    void everySchemeAndAttributeIsDocumented() throws IOException {
        String method = read("method.md");
        for (ClassificationScheme scheme : SchemeRegistry.standard().schemes()) {
            assertTrue(method.contains("(scheme `" + scheme.id() + "`"), scheme.id());
            for (String attribute : scheme.attributes()) {
                assertTrue(method.contains("| `" + attribute + "` | " + scheme.id()), attribute);
            }
        }
    }

    @Test
    void everyStepKindIsDocumented() throws IOException {
        String method = read("method.md");
        String json = read("classification-json.md");
        for (StepKind kind : StepKind.values()) {
            assertTrue(method.contains("`" + kind.name() + "`"), "method.md: " + kind);
            assertTrue(json.contains("`" + kind.name() + "`"), "classification-json.md: " + kind);
        }
    }

    @Test
    void everyFindingCodeIsDocumented() throws IOException {
        String method = read("method.md");
        var model = TestModels.model()
                .add(new SoftwareItem("P", "P", null, "", false, "", "", "C", "", Origin.UNKNOWN))
                .add(new SoftwareItem("Q", "Q", "P", "", false, "", "", "A", "", Origin.UNKNOWN))
                .control("X", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, "Improbable", "Q")
                .hardware("HW", RiskFactor.PROBABILITY, "Improbable")
                .hazard("H1", null, List.of("P"), "HW").item("U").build();
        List<Problem> found = new java.util.ArrayList<>(ConsistencyChecks.run(model));
        found.addAll(Classifications.run(model).warnings());
        found.addAll(Classifications.run(model, "imdrf").warnings());
        List<String> codes = found.stream().map(Problem::code).distinct().toList();
        assertTrue(codes.size() >= 8, codes.toString());
        for (String code : codes) {
            assertTrue(method.contains("`" + code + "`"), code);
        }
    }
}
