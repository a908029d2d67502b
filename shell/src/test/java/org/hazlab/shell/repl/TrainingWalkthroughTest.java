package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellParser;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.dsl.session.Session;
import org.hazlab.dsl.session.SessionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training walkthroughs in scripts/training run headless, and step by step in the shell. */
class TrainingWalkthroughTest {

    private static final Path TRAINING = Path.of("..", "scripts", "training");
    private static final Path WALKTHROUGH = TRAINING.resolve("from-empty-to-class-c-and-back.groovy");

    @TempDir
    Path state;

    @Test
    void everyWalkthroughRunsHeadlessCellByCell() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(TRAINING)) {
            scripts = files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
        }
        assertTrue(scripts.contains(WALKTHROUGH), scripts.toString());
        for (Path script : scripts) {
            Session session = new Session(SessionOptions.forScript(script.getFileName().toString()));
            for (Cell cell : CellParser.parse(Files.readString(script))) {
                CellResult result = session.evaluate(cell);
                assertNull(result.error(), () -> script + ": " + result.error().describe());
            }
        }
    }

    @Test
    void theWalkthroughGoesFromCToBWithAnExternalControl() {
        String enters = "\n".repeat(8);
        String out = ReplDriver.session(state, ":step " + WALKTHROUGH + "\n" + enters + ":explain DOSE\n");
        assertTrue(out.contains("# From an empty workspace to class C"), out);
        assertTrue(out.contains("--- step 7 of 7 ---"), out);
        assertTrue(out.contains("Item DOSE (Dose calculation) is class C."), out);
        int lastC = out.lastIndexOf("is class C.");
        int lastB = out.lastIndexOf("Item DOSE (Dose calculation) is class B.");
        assertTrue(lastB > lastC, "the walkthrough ends with DOSE back in class B\n" + out);
        assertEquals(-1, out.indexOf("error in"), out);
    }
}
