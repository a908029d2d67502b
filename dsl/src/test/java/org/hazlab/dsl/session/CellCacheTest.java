package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells taken from the cache behave as the same text compiled: same values, output, variables, imports, declared
 * classes, methods and error lines; a change, a damaged entry or an unusable folder means compiling again.
 */
class CellCacheTest {

    /** Every way one cell leaves something to the next: imports, classes, methods, closures, variables. */
    private static final String SCRIPT = """
            // %%
            import java.util.concurrent.atomic.AtomicInteger as Counter
            def counter = new Counter(40)
            // %%
            class Dose { BigDecimal mg; String toString() { "${mg} mg" } }
            def twice(n) { n * 2 }
            def doses = [1.5, 2.5].collect { new Dose(mg: it) }
            println doses
            // %%
            counter.addAndGet(twice(1))
            // %%
            def last = new Dose(mg: twice(doses.sum { it.mg }))
            // %%
            [new Counter(7).get(), last.toString(), Dose.name]
            """;

    @TempDir
    Path folder;

    private static List<CellResult> run(CellCache cache, String script) {
        Session session = new Session(SessionOptions.forScript("cached.groovy"), cache);
        return CellParser.parse(script).stream().map(session::evaluate).toList();
    }

    /** What a user sees of a cell: its value shown, its output, its error. */
    private static List<String> seen(List<CellResult> results) {
        return results.stream().map(r -> r.displayValue().map(String::valueOf).orElse("-") + " | " + r.output()
                + " | " + (r.succeeded() ? "ok" : r.error().line() + ": " + r.error().message())).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".cell")).sorted().toList();
        }
    }

    @Test
    void aSecondRunTakesEveryCellFromTheCacheAndBehavesTheSame() throws IOException {
        List<CellResult> compiled = run(CellCache.NONE, SCRIPT);
        List<CellResult> first = run(CellCache.in(folder), SCRIPT);
        List<CellResult> second = run(CellCache.in(folder), SCRIPT);

        compiled.forEach(r -> assertTrue(r.succeeded(), () -> r.error().describe()));
        assertEquals(List.of("[7, 8.0 mg, Dose]"), List.of(compiled.get(4).value().toString()));
        assertEquals(seen(compiled), seen(first));
        assertEquals(seen(compiled), seen(second));
        assertTrue(first.stream().noneMatch(CellResult::compiledEarlier));
        assertTrue(second.stream().allMatch(CellResult::compiledEarlier));
        assertEquals(5, entries().size());
        assertEquals(42, ((Number) second.get(2).value()).intValue());
        assertTrue(second.get(3).assignment() && !second.get(4).assignment(),
                "whether a cell ends with an assignment comes back with it");
    }

    @Test
    void aChangedCellIsCompiledWithTheCellsAfterItAndTheCellsBeforeItComeFromTheCache() {
        run(CellCache.in(folder), SCRIPT);
        String changed = SCRIPT.replace("counter.addAndGet(twice(1))", "counter.addAndGet(twice(2))");
        List<CellResult> rerun = run(CellCache.in(folder), changed);

        assertEquals(List.of(true, true, false, false, false),
                rerun.stream().map(CellResult::compiledEarlier).toList());
        assertEquals(44, ((Number) rerun.get(2).value()).intValue());
        assertEquals(seen(run(CellCache.NONE, changed)), seen(rerun));
    }

    @Test
    void aRuntimeErrorInACellFromTheCacheIsLocatedAtTheSameLine() {
        String failing = "// %%\ndef n = 1\n// %%\ndef m = n + 1\nm.noSuchMethod()\n";
        List<CellResult> first = run(CellCache.in(folder), failing);
        List<CellResult> second = run(CellCache.in(folder), failing);

        assertTrue(second.get(1).compiledEarlier());
        assertFalse(second.get(1).succeeded());
        assertEquals(5, second.get(1).error().line());
        assertEquals(seen(first), seen(second));
    }

    @Test
    void aCellThatDoesNotCompileIsNotKeptAndFailsTheSameWayAgain() throws IOException {
        String broken = "// %%\ndef n = 1\n// %%\ndef m = (n + \n";
        List<CellResult> first = run(CellCache.in(folder), broken);
        List<CellResult> second = run(CellCache.in(folder), broken);

        assertEquals(1, entries().size());
        assertFalse(second.get(1).succeeded());
        assertFalse(second.get(1).compiledEarlier());
        assertEquals(seen(first), seen(second));
    }

    @Test
    void damagedEntriesAreCompiledAgainAndRewritten() throws IOException {
        List<String> expected = seen(run(CellCache.in(folder), SCRIPT));
        List<Path> entries = entries();
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2)); // cut short
        byte[] flipped = Files.readAllBytes(entries.get(1));
        flipped[flipped.length / 2] ^= 0x20; // one bit changed
        Files.write(entries.get(1), flipped);
        Files.write(entries.get(2), new byte[0]); // emptied

        List<CellResult> repaired = run(CellCache.in(folder), SCRIPT);
        assertEquals(expected, seen(repaired));
        assertEquals(2, repaired.stream().filter(CellResult::compiledEarlier).count());

        List<CellResult> again = run(CellCache.in(folder), SCRIPT);
        assertTrue(again.stream().allMatch(CellResult::compiledEarlier), "the damaged entries were rewritten");
        assertEquals(expected, seen(again));
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyMeansCompiling() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "not a folder");
        List<CellResult> first = run(CellCache.in(notAFolder), SCRIPT);
        List<CellResult> second = run(CellCache.in(notAFolder), SCRIPT);

        assertEquals(seen(run(CellCache.NONE, SCRIPT)), seen(second));
        assertTrue(first.stream().allMatch(CellResult::succeeded));
        assertTrue(second.stream().noneMatch(CellResult::compiledEarlier));
    }

    @Test
    void theFolderKeepsTheEntriesUsedLast() throws IOException {
        run(CellCache.in(folder, 3), "// %%\n1\n// %%\n2\n");
        List<Path> older = entries();
        assertEquals(2, older.size());
        for (int i = 0; i < older.size(); i++) { // written by yesterday's run: the first entry used longer ago
            Files.setLastModifiedTime(older.get(i), java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 86_400_000L + i * 1000L));
        }
        run(CellCache.in(folder, 3), "// %%\n3\n// %%\n4\n");
        assertEquals(3, entries().size(), "the oldest entry goes once the folder holds more than it keeps");
        assertEquals(List.of(false, true), older.stream().map(Files::exists).toList(), "the one used longest ago");
        for (Path entry : entries()) { // an hour ago
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 3_600_000L));
        }
        assertEquals(seen(run(CellCache.NONE, SCRIPT)), seen(run(CellCache.in(folder, 3), SCRIPT)));
        assertEquals(5, entries().size(), "a run never drops the entries it wrote or used itself");
    }

    /**
     * A script of more cells than the folder keeps: when the oldest entries went first, every rerun dropped the
     * entries of its own later cells before reaching them, and compiled every cell again.
     */
    @Test
    void aScriptOfMoreCellsThanTheFolderKeepsComesFromItTheSecondTime() throws IOException {
        run(CellCache.in(folder, 3), SCRIPT);
        for (Path entry : entries()) { // as if the first run was yesterday
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 86_400_000L));
        }
        List<CellResult> again = run(CellCache.in(folder, 3), SCRIPT);
        assertTrue(again.stream().allMatch(CellResult::compiledEarlier));
        assertEquals(5, entries().size());
    }

    @Test
    void theSessionTellsWhetherItsNextCellWasCompiledEarlier() {
        List<Cell> cells = CellParser.parse(SCRIPT);
        Session fresh = new Session(SessionOptions.forScript("cached.groovy"), CellCache.in(folder));
        assertFalse(fresh.compiledEarlier(cells.get(0)));
        cells.forEach(fresh::evaluate);

        Session again = new Session(SessionOptions.forScript("cached.groovy"), CellCache.in(folder));
        assertTrue(again.compiledEarlier(cells.get(0)));
        assertFalse(again.compiledEarlier(CellParser.parse("1 + 1").get(0)));
        assertFalse(new Session(SessionOptions.forScript("x"), CellCache.NONE).compiledEarlier(cells.get(0)));
    }

    @Test
    void aResetSessionStartsTheChainAgain() {
        Session session = new Session(SessionOptions.forScript("cached.groovy"), CellCache.in(folder));
        CellParser.parse(SCRIPT).forEach(session::evaluate);
        session.reset();
        // after a reset the same cells are a new session's cells, but under later class names: compiled anew
        List<CellResult> afterReset = CellParser.parse(SCRIPT).stream().map(session::evaluate).toList();
        assertEquals(seen(run(CellCache.NONE, SCRIPT)), seen(afterReset));
    }

    @Test
    void classesDeclaredBeforeTheirSuperclassesAndInterfacesComeBackToo() {
        String hierarchy = """
                // %%
                class Pump extends Device implements Alarmed { String name() { 'pump ' + id } }
                interface Alarmed { }
                class Device { int id = 7 }
                // %%
                def p = new Pump()
                [p.name(), p instanceof Alarmed, p instanceof Device]
                """;
        List<String> compiled = seen(run(CellCache.NONE, hierarchy));
        run(CellCache.in(folder), hierarchy);
        List<CellResult> cached = run(CellCache.in(folder), hierarchy);

        assertTrue(cached.stream().allMatch(CellResult::compiledEarlier));
        assertEquals(compiled, seen(cached));
        assertEquals("[pump 7, true, true]", String.valueOf(cached.get(1).value()));
    }
}
