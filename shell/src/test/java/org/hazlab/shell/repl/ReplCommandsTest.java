package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code :command}, typed at the prompt of a REPL driven through JLine. */
class ReplCommandsTest {

    @TempDir
    Path state;

    @TempDir
    Path files;

    private String session(String keys) {
        return ReplDriver.session(state, keys);
    }

    @Test
    void helpListsEveryCommand() {
        String out = session(":help\n");
        for (String command : new String[] {":vars", ":load FILE", ":save FILE", ":open NOTEBOOK", ":history",
                ":reset", ":java", ":time", ":show NAME", ":explain ITEM", ":step SCRIPT", ":recover", ":quit"}) {
            assertTrue(out.contains(command), command + " missing from\n" + out);
        }
    }

    @Test
    void helpOnAWordShowsItsSectionOfTheDslReference() throws Exception {
        String reference = Files.readString(Path.of("..", "docs", "dsl.md"));
        String classifySection = reference.substring(reference.indexOf("### `classify("));
        String firstLine = classifySection.lines().skip(2).findFirst().orElseThrow();
        String out = session(":help classify\n:help hazards\n:help save\n");
        assertTrue(out.contains("### `classify(model, scheme:"), out);
        assertTrue(out.contains(firstLine), "the reference's own words: " + firstLine + "\n" + out);
        assertTrue(out.contains("### `items`, `hazards`, `controls`: one file"), out);
        assertTrue(out.contains("### `save(value, 'name.ext')`"), out);
        assertTrue(out.contains("See also the shell command :save"), out);
    }

    @Test
    void helpOnAnUnknownWordSuggestsTheClosest() {
        String out = session(":help clasify\n:help whatif\n:help :sav\n");
        assertTrue(out.contains("no help on 'clasify'; did you mean classify"), out);
        assertTrue(out.contains("did you mean whatIf"), out);
        assertTrue(out.contains("did you mean :save"), out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void varsShowsNamesTypesAndSizes() {
        String out = session("def limit = 12.5\n:vars\n");
        assertTrue(out.contains("limit"), out);
        assertTrue(out.contains("BigDecimal"), out);
        assertTrue(out.contains("2,128 rows × 12 columns"), out);
        java.util.Set<Integer> typeColumns = new java.util.HashSet<>();
        out.lines().filter(l -> l.startsWith("  verifications ") || l.startsWith("  items "))
                .forEach(l -> typeColumns.add(l.indexOf(" Table ")));
        assertEquals(1, typeColumns.size(), "types line up under a long name\n" + out);
    }

    @Test
    void loadRunsAScriptIntoTheSession() throws Exception {
        Path script = files.resolve("setup.groovy");
        Files.writeString(script, "// %%\ndef rate = 3\n// %% [markdown]\n// note\n// %%\ndef twice = rate * 2\n");
        String out = session(":load " + script + "\ntwice + 1\n");
        assertTrue(out.contains("\n7\n"), out);
    }

    @Test
    void saveWritesEveryFormatByExtension() throws Exception {
        String out = session("def n = items.rowCount()\nprintln \"items: $n\"\n:java n * 2\n"
                + ":save " + files.resolve("s.groovy") + "\n:save " + files.resolve("s.ipynb") + "\n"
                + ":save " + files.resolve("s.md") + "\n:save " + files.resolve("s.html") + "\n");
        assertTrue(out.contains("saved 4 cells"), out);
        String groovy = Files.readString(files.resolve("s.groovy"));
        assertTrue(groovy.startsWith("// %%\nuseWorkspace '"), groovy);
        assertTrue(groovy.contains("// %%\ndef n = items.rowCount()\n"), groovy);
        assertTrue(groovy.contains("// %% [java]\nn * 2\n"), groovy);
        String ipynb = Files.readString(files.resolve("s.ipynb"));
        assertTrue(ipynb.contains("\"nbformat\" : 4") && ipynb.contains("\"nbformat_minor\" : 5"), ipynb);
        assertTrue(ipynb.contains("items: 24"), ipynb);
        String md = Files.readString(files.resolve("s.md"));
        assertTrue(md.contains("```groovy\ndef n = items.rowCount()\n```"), md);
        assertTrue(md.contains("```java\nn * 2\n```\n\n```text\n48\n```"), md);
        String html = Files.readString(files.resolve("s.html"));
        assertTrue(html.contains("<pre class=\"out\">items: 24</pre>"), html);
        assertFalse(html.contains("http"), "the page must work offline: " + html);
    }

    @Test
    void openLoadsCellsAndRunRunsThemOnRequest() throws Exception {
        Path notebook = files.resolve("nb.groovy");
        Files.writeString(notebook, "// %%\ndef first = 1\n// %%\nfirst + 10\n// %%\nfirst + 100\n");
        String out = session(":open " + notebook + "\nfirst\n:run\n:run all\n");
        assertTrue(out.contains("opened 3 code cells"), out);
        assertTrue(out.contains("unknown name 'first'"), "cells must not run before :run\n" + out);
        assertTrue(out.contains("\n11\n") && out.contains("\n101\n"), out);
    }

    @Test
    void resetForgetsVariablesButBindsTheWorkspaceAgain() {
        String out = session("def scratch = 1\n:reset\nscratch\nitems.rowCount()\n");
        assertTrue(out.contains("session reset; defined ws, items"), out);
        assertTrue(out.contains("unknown name 'scratch'"), out);
        assertTrue(out.contains("\n24\n"), out);
    }

    @Test
    void javaSwitchesTheCellsToJavaAndGroovyBack() {
        String out = session(":java\nint doubled = items.rowCount() * 2;\n:groovy\ndoubled + 1\n");
        assertTrue(out.contains("[2] java> "), out);
        assertTrue(out.contains("\n49\n"), out);
    }

    @Test
    void timeShowsHowLongCellsTook() {
        String out = session(":time\n1 + 1\n:time off\n2 + 2\n");
        assertTrue(out.contains("timing on"), out);
        assertEquals(1, out.split("took ", -1).length - 1, out);
    }

    @Test
    void showPrintsEveryRowWhenThePageIsNotATerminalPager() {
        String out = session(":show incidents\nq\n");
        assertTrue(out.contains("Enter for more, q to stop"), out);
        String all = session(":show hazards\n");
        assertTrue(all.contains("HZ-036"), all);
        assertFalse(all.contains("more rows"), all);
    }

    @Test
    void aCellTypedRightAfterLeavingThePagerRuns() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type(":show incidents\n");
            driver.awaitOutput("Enter for more, q to stop", java.time.Duration.ofSeconds(60));
            driver.type("q\n6 * 7\n");
            driver.awaitOutput("\n42\n", java.time.Duration.ofSeconds(60));
            String out = driver.finish();
            assertTrue(out.contains("\n42\n"), out);
            assertEquals(1, count(out, "Enter for more"), "q left the pager after one page\n" + out);
        }
    }

    @Test
    void aCellTypedAtThePagersPromptEndsThePagerAndRuns() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type(":show incidents\n");
            driver.awaitOutput("Enter for more, q to stop", java.time.Duration.ofSeconds(60));
            driver.type("def answer = 6 * 7\nanswer + 0\n");
            driver.awaitOutput("\n42\n", java.time.Duration.ofSeconds(60));
            String out = driver.finish();
            assertTrue(out.contains("\n42\n"), "the cell typed at the pager ran, the next one saw it\n" + out);
            assertEquals(1, count(out, "Enter for more"), "the pager stopped\n" + out);
            assertTrue(out.contains("]> def answer = 6 * 7"), "shown as a cell\n" + out);
        }
    }

    @Test
    void aLargeViewIsPagedAsItIsShown() throws Exception {
        StringBuilder csv = new StringBuilder("id,date_received,event_type,product_code,narrative\n");
        for (int i = 1; i <= 12_000; i++) {
            csv.append(String.format("R%05d,2026-0%d-15,malfunction,FRN,report %d%n", i, 1 + i % 9, i));
        }
        Path file = files.resolve("many.csv");
        Files.writeString(file, csv);
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type("many = incidents '" + file.toString().replace('\\', '/') + "'\n:show many\n");
            driver.awaitOutput("of 12,000; Enter for more, q to stop", java.time.Duration.ofSeconds(60));
            driver.type("\n");
            driver.awaitOutput("-- rows ", java.time.Duration.ofSeconds(60));
            driver.type("q\n6 * 7\n");
            driver.awaitOutput("\n42\n", java.time.Duration.ofSeconds(60));
            String out = driver.finish();
            assertTrue(out.contains("R00001"), out);
            assertTrue(out.matches("(?s).*-- rows 1-\\d+ of 12,000;.*-- rows \\d+-\\d+ of 12,000;.*"), out);
            assertTrue(!out.contains("R12000"), "only the pages asked for\n" + out);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void explainReadsTheDecisionPathStepByStep() {
        String out = session(":explain IPC-LOG\n");
        assertTrue(out.contains("Item IPC-LOG (Event logger) is class A."), out);
        assertTrue(out.contains("  1. IPC-LOG is named in hazards"), out);
        assertTrue(out.contains("So: class A because"), out);
        assertTrue(session(":explain NOPE\n").contains("no item NOPE"));
    }

    @Test
    void stepShowsNarrativeAndRunsEachCellOnEnter() throws Exception {
        Path script = files.resolve("lesson.groovy");
        Files.writeString(script, "// %% [markdown]\n// # Lesson one\n// Items have classes.\n"
                + "// %%\ndef shown = 5\nshown\n// %%\nshown * 3\n// %%\nshown * 1000\n");
        String out = session(":step " + script + "\n\ns\nq\n");
        assertTrue(out.contains("# Lesson one") && out.contains("Items have classes."), out);
        assertTrue(out.contains("--- step 1 of 3 ---"), out);
        assertTrue(out.contains("\n5\n"), out);
        assertFalse(out.contains("\n15\n"), "skipped with s: " + out);
        assertTrue(out.contains("(stopped)"), out);
    }

    @Test
    void recoverRerunsTheLastSessionFromItsJournal() {
        session("def survived = 41\nsurvived + 1\n");
        String out = session(":recover\nsurvived\n");
        assertTrue(out.contains("recovering 2 cells"), out);
        assertTrue(out.contains("\n41\n"), out);
    }

    @Test
    void everyCellIsJournaledAsItCompletes() throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.type("def journaled = 1\n");
            driver.awaitOutput("[2]> ", java.time.Duration.ofSeconds(30));
            Path journal = driver.repl().context().journal().file();
            assertTrue(Files.readString(journal).contains("\"source\":\"def journaled = 1\""));
        }
    }

    @Test
    void quitEndsTheSession() {
        String out = session(":quit\n1 + 41\n");
        assertFalse(out.contains("42"), out);
    }

    @Test
    void unknownCommandsSaySo() {
        assertTrue(session(":frobnicate\n").contains("unknown command :frobnicate"));
    }
}
