package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven key by key through JLine: cells, multi-line input, errors, Ctrl-C and Ctrl-D. */
class ReplSessionTest {

    @TempDir
    Path state;

    @Test
    void bannerNamesTheVariablesAndPromptsAreNumbered() {
        String out = ReplDriver.session(state, "1 + 1\n");
        assertTrue(out.contains("Variables: ws, items, hazards, controls, incidents, model, classes"), out);
        assertTrue(out.contains(":help"), out);
        assertTrue(out.contains("[1]> "), out);
        assertTrue(out.contains("[2]> "), out);
        assertTrue(out.contains("\n2\n"), out);
    }

    @Test
    void theBannerFitsAnEightyColumnTerminal() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, false, "dumb", 80)) {
            driver.awaitOutput("Ctrl-D quits", Duration.ofSeconds(60));
            driver.finish();
            String out = driver.screen();
            String banner = out.substring(0, out.indexOf("Ctrl-D quits") + "Ctrl-D quits)".length());
            for (String line : banner.split("\n")) {
                assertTrue(line.length() <= 80, line.length() + " columns: " + line + "\n" + banner);
            }
            String joined = banner.replaceAll("\n\\s+", " ");
            assertTrue(joined.contains("Workspace Infusion pump controller (" + ReplDriver.EXAMPLE + "): "), banner);
            assertTrue(joined.contains("Variables: ws, items, hazards, controls, incidents, model, classes"), banner);
            assertTrue(joined.contains(":help WORD"), banner);
        }
    }

    @Test
    void defVariablesSurviveFromCellToCell() {
        String out = ReplDriver.session(state, "def dose = 21\ndose * 2\n");
        assertTrue(out.contains("42"), out);
    }

    @Test
    void anOpenBracketContinuesOnTheNextLineAndTheCellIsOneHistoryEntry() throws Exception {
        String out = ReplDriver.session(state, "def xs = [1,\n  2,\n  3]\nxs.sum()\n");
        assertTrue(out.contains("\n6\n"), out);
        assertTrue(out.contains("[3]> "), out);
        String history = Files.readString(state.resolve("history"));
        assertTrue(history.contains("def xs = [1,\\n  2,\\n  3]"), history);
    }

    @Test
    void historyPersistsAcrossSessions() {
        ReplDriver.session(state, "def remembered = 7\n");
        String out = ReplDriver.session(state, ":history\n");
        assertTrue(out.contains("def remembered = 7"), out);
    }

    @Test
    void aFailingCellPrintsAShortErrorWithItsLineAndKeepsTheSession() {
        String out = ReplDriver.session(state, "def kept = 5\ndef y = 1\ny = y +\n  null.size()\nkept + 1\n");
        assertTrue(out.contains("error in [3] line 2:"), out);
        assertFalse(out.contains("at org.codehaus"), out);
        assertTrue(out.contains("\n6\n"), out);
    }

    @Test
    void ctrlCOnALineClearsIt() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true, "ansi")) {
            driver.awaitOutput("[1]> ", Duration.ofSeconds(30));
            driver.type("this is not groovy");
            driver.awaitOutput("[1]> this is not groovy", Duration.ofSeconds(30));
            driver.type("\u0003");
            driver.type("1 + 2\n");
            String out = driver.finish();
            assertTrue(out.contains("\n3\n"), out);
            assertFalse(out.contains("error"), out);
        }
    }

    @Test
    void ctrlDOnAnEmptyLineEndsTheSession() {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type("\u0004");
            assertEquals(0, driver.exitCode());
        }
    }

    @Test
    void ctrlCWhileACellRunsInterruptsOnlyThatCell() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type("def before = 40\n");
            driver.awaitOutput("[2]> ", Duration.ofSeconds(30));
            driver.type("while (true) { before.hashCode() }\n");
            driver.awaitRunning(Duration.ofSeconds(30));
            driver.type("\u0003");
            driver.awaitOutput("interrupted", Duration.ofSeconds(30));
            driver.type("before + 2\n");
            driver.awaitOutput("42", Duration.ofSeconds(30));
            String out = driver.output();
            assertTrue(out.contains("[2] interrupted; the session is intact"), out);
            assertTrue(out.contains("42"), out);
        }
    }

    @Test
    void aPastedPercentScriptRunsCellByCell() {
        String paste = "\u001b[200~// %%\ndef a = 20\n// %% [markdown]\n// A note\n// %%\na + 1\n\u001b[201~\n";
        String out;
        try (ReplDriver driver = ReplDriver.start(state, true, "ansi")) {
            driver.type(paste);
            out = driver.finish();
        }
        assertTrue(out.contains("A note"), out);
        assertTrue(out.contains("\n21\n"), out);
    }

    @Test
    void tablesFitTheTerminal() {
        String out = ReplDriver.session(state, "incidents\n");
        assertTrue(out.contains("more rows"), out);
        assertTrue(out.contains("2,128 rows × 12 columns"), out);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 100 + 20, "too wide: " + line);
        }
    }
}
