package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final Session session = new Session(SessionOptions.forScript("demo.groovy"));

    private List<CellResult> run(String script) {
        return CellParser.parse(script).stream().map(session::evaluate).toList();
    }

    @Test
    void defInOneCellIsVisibleInTheNext() {
        List<CellResult> results = run("// %%\ndef x = 20\nint y = 1\n// %%\nx + y + 1\n");
        assertTrue(results.get(0).succeeded(), () -> results.get(0).error().describe());
        assertEquals(22, results.get(1).value());
        assertEquals(20, session.variables().get("x"));
    }

    @Test
    void typedDeclarationsKeepTheirConversion() {
        CellResult result = session.evaluate("String s = 42\ns.class.simpleName");
        assertEquals("String", result.value());
        assertEquals("42", session.get("s"));
    }

    @Test
    void multipleAssignmentDeclarationsReachTheBinding() {
        session.evaluate("def (a, b) = [1, 2]");
        assertEquals(3, session.evaluate("a + b").value());
    }

    @Test
    void closuresSeeTopLevelVariables() {
        run("// %%\ndef base = 10\ndef add = { n -> base + n }\n// %%\nadd(5)\n");
        assertEquals(15, session.evaluate("add(5)").value());
    }

    @Test
    void methodsDefinedInOneCellCanBeCalledInTheNext() {
        CellResult defined = session.evaluate("def twice(n) { n * 2 }\nString greet(String who) { 'hi ' + who }\ntwice(1)");
        assertEquals(2, defined.value());
        assertEquals(42, session.evaluate("twice(21)").value());
        assertEquals("hi you", session.evaluate("greet('you')").value());
    }

    @Test
    void declarationsInsideBlocksStayLocal() {
        session.evaluate("if (true) { def local = 1 }");
        assertFalse(session.variables().containsKey("local"));
    }

    @Test
    void importsCarryOverToLaterCells() {
        session.evaluate("import java.util.concurrent.atomic.AtomicInteger");
        assertEquals(3, session.evaluate("new AtomicInteger(3).get()").value());
    }

    @Test
    void printedOutputIsCapturedPerCell() {
        List<CellResult> results = run("// %%\nprintln 'one'\n// %%\nprint 'two'; printf('%d!', 3)\n");
        assertEquals("one\n", results.get(0).output());
        assertEquals("two3!", results.get(1).output());
    }

    @Test
    void printlnInsideClosuresIsCaptured() {
        CellResult result = session.evaluate("[1, 2].each { println it }");
        assertEquals("1\n2\n", result.output());
    }

    @Test
    void compileErrorsNameTheScriptLine() {
        List<CellResult> results = run("// %%\ndef ok = 1\n// %%\n\ndef broken = (1 + \n");
        CellError error = results.get(1).error();
        assertEquals(CellError.Kind.COMPILE, error.kind());
        assertEquals("demo.groovy", error.script());
        assertTrue(error.line() >= 5, error.describe());
        assertTrue(error.located().startsWith("demo.groovy:" + error.line() + ": "), error.located());
    }

    @Test
    void runtimeErrorsNameTheScriptLineNotGroovyInternals() {
        List<CellResult> results = run("// %%\ndef a = 1\n// %%\n\n\ndef b = a / 0\n");
        CellError error = results.get(1).error();
        assertEquals(CellError.Kind.RUNTIME, error.kind());
        assertEquals(6, error.line());
        assertEquals("demo.groovy:6: division by zero", error.located());
    }

    @Test
    void errorsInsideClosuresAreLocatedToo() {
        CellResult result = session.evaluate(new Cell(0, Cell.Kind.CODE, "def f = {\n  undefinedThing + 1\n}\nf()", 10));
        assertEquals(11, result.error().line());
        assertTrue(result.error().message().contains("undefinedThing"), result.error().message());
    }

    @Test
    void aFailingCellKeepsEarlierState() {
        session.evaluate("def kept = 'yes'");
        CellResult failed = session.evaluate("kept = 'changed'; throw new IllegalStateException('boom')");
        assertFalse(failed.succeeded());
        assertEquals("boom", failed.error().message());
        assertNull(failed.value());
        assertEquals("changed", session.get("kept"));
        assertTrue(session.evaluate("kept.size()").succeeded());
    }

    @Test
    void failIsReportedApartFromErrors() {
        CellResult result = session.evaluate("fail 'class went up'");
        assertEquals(CellError.Kind.FAIL, result.error().kind());
        assertEquals("demo.groovy:1: class went up",
                result.error().located());
    }

    @Test
    void parametersAreVariablesAndResetRestoresThem() {
        Session withParams = new Session(SessionOptions.forScript("p.groovy").withParameters(Map.of("period", "2026-Q3")));
        assertEquals("2026-Q3!", withParams.evaluate("period + '!'").value());
        withParams.evaluate("def extra = 1; period = 'x'");
        withParams.reset();
        assertEquals(Map.of("period", "2026-Q3"), withParams.variables());
    }

    @Test
    void assertionsAreLocatedWithTheirValues() {
        CellResult result = session.evaluate(new Cell(0, Cell.Kind.CODE, "def a = 1\nassert a == 2", 7));
        assertEquals("demo.groovy:8: assertion failed: assert a == 2", result.error().located());
        assertTrue(String.join("\n", result.error().details()).contains("false"), result.error().describe());
    }

    @Test
    void cellsEndingInAnAssignmentAreNotDisplayed() {
        assertTrue(session.evaluate("def x = 5").displayValue().isEmpty());
        assertTrue(session.evaluate("x = 6").displayValue().isEmpty());
        assertEquals(6, session.evaluate("x").displayValue().orElseThrow());
    }

    @Test
    void variablesListsTheBinding() {
        session.evaluate("def a = 1; b = 'two'");
        assertEquals(List.of("a", "b"), List.copyOf(session.variables().keySet()));
    }

    @Test
    void wordsListTheDslForCompletion() {
        List<String> words = session.words();
        assertTrue(words.containsAll(List.of("whatIf", "compare", "sweep", "sensitivity", "today", "workspace")),
                words.toString());
        assertFalse(words.contains("run"));
    }

    @Test
    void recordResultsReadAsProperties() {
        CellResult result = session.evaluate("def m = system('S') { item 'A'; hazard 'H', items: ['A'], severity: 'Minor' }\n"
                + "def s = sensitivity(m)\n[s.table.rowCount() >= 0, s.summary.rowCount()]");
        assertTrue(result.succeeded(), () -> result.error().describe());
        assertEquals(List.of(true, 2), result.value());
    }

    @Test
    void markdownCellsDoNothing() {
        CellResult result = session.evaluate(new Cell(0, Cell.Kind.MARKDOWN, "# not code (1 +", 1));
        assertTrue(result.succeeded());
        assertNull(result.value());
    }

    @Test
    void aRunningCellCanBeInterruptedFromAnotherThread() throws Exception {
        CompletableFuture<CellResult> future = CompletableFuture.supplyAsync(
                () -> session.evaluate("def n = 0\nwhile (true) { n++ }"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!session.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
        session.interrupt();
        CellResult result = future.get(10, TimeUnit.SECONDS);
        assertEquals(CellError.Kind.INTERRUPTED, result.error().kind());
        assertTrue(session.evaluate("1 + 1").succeeded());
    }

    @Test
    void todayIsPinnedByAsOf() {
        Session pinned = new Session(SessionOptions.forScript("d.groovy")
                .withAsOf(java.time.LocalDate.parse("2026-09-30")));
        assertEquals("2026-09-30", pinned.evaluate("today.toString()").value());
    }

    @Test
    void commonRuntimeFailuresAreSaidInWords() {
        Session session = new Session(SessionOptions.forScript("w.groovy"));
        String[][] cases = {
            {"def x = null\nx.size()", "a null value: cannot invoke method size() on null object"},
            {"int[] a = new int[2]\na[5]", "index out of range: "},
            {"Integer.parseInt('seven')", "not a number: "},
            {"def f\nf = { n -> f(n + 1) }\nf(1)", "the cell calls itself too deeply (stack overflow)"},
        };
        for (String[] c : cases) {
            CellResult result = session.evaluate(new Cell(0, Cell.Kind.CODE, c[0], 1));
            String located = result.error().located();
            assertTrue(located.contains(c[1]), c[0] + " -> " + located);
            assertFalse(located.matches(".*[A-Z][a-z]+(Exception|Error).*"), located);
        }
    }
}
