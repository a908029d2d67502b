package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java cells through JShell's local engine, sharing tables and results with the Groovy binding. */
class JavaCellsTest {

    @TempDir
    Path state;

    @Test
    void javaDeclarationsEchoTheirValueAsJshellDoes() {
        String out = ReplDriver.session(state, ":java\nint n = 24;\n\nString s = \"pump\";\n\n");
        assertTrue(out.contains("n ==> 24"), out);
        assertTrue(out.contains("s ==> \"pump\""), out);
    }

    @Test
    void aDeclaredTableIsEchoedThroughTheOneRenderer() {
        String out = ReplDriver.session(state, ":java\nvar t = incidents.countBy(\"quarter\");\n\n");
        assertTrue(out.contains("t ==>\n"), out);
        assertTrue(out.contains("(12 rows × 2 columns)"), "fitted as every table is\n" + out);
        assertTrue(!out.contains("|"), "not Tablesaw's own print\n" + out);
    }

    @Test
    void javaAndGroovyShareTheSameTable() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type("def severe = hazards.where(hazards.stringColumn('severity').isEqualTo('Catastrophic'))\nsevere\n"
                    + "%java\nTable top = severe.first(2);\nint count = top.rowCount();\n\ncount + 1\n");
            String out = driver.finish();
            assertTrue(out.contains("\n3\n"), out);
            assertTrue(out.contains("HZ-001"), out);
            Object top = driver.repl().context().kernel().session().get("top");
            assertTrue(top instanceof tech.tablesaw.api.Table, "Java result back in the binding: " + top);
        }
    }

    @Test
    void javaSeesGroovyValuesWithTheirRealType() {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type(":java items.getClass().getName() + \" \" + model.items().size()\n");
            String out = driver.finish();
            assertTrue(out.contains("tech.tablesaw.api.Table 24"), out);
            Object items = driver.repl().context().kernel().session().get("items");
            assertSame(items, driver.repl().context().kernel().session().get("items"));
        }
    }

    @Test
    void ctrlCStopsARunningJavaCell() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type(":java int kept = 7;\n");
            driver.awaitOutput("[2]> ", java.time.Duration.ofSeconds(60));
            driver.type(":java while (true) { Thread.onSpinWait(); }\n");
            Thread.sleep(3000);
            driver.type("\u0003");
            driver.awaitOutput("[3]> ", java.time.Duration.ofSeconds(60));
            driver.type(":java kept * 6\n");
            driver.awaitOutput("42", java.time.Duration.ofSeconds(60));
            String out = driver.output();
            assertTrue(out.contains("[2] interrupted; the session is intact"), out);
            assertTrue(out.contains("42"), out);
        }
    }

    @Test
    void javaErrorsAreShortAndKeepTheSession() {
        String out = ReplDriver.session(state, "%java\nint ok = 1;\nString s = 42;\n\n:java ok + 1\n");
        assertTrue(out.contains("error in [1] line 2: incompatible types"), out);
        assertTrue(out.contains("\n2\n"), out);
        String thrown = ReplDriver.session(state, ":java Integer.parseInt(\"x\")\n1 + 1\n");
        assertTrue(thrown.contains("NumberFormatException"), thrown);
        assertTrue(thrown.contains("\n2\n"), thrown);
    }
}
