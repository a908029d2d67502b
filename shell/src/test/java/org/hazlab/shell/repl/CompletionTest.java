package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hazlab.shell.repl.complete.DslVocabulary;
import org.hazlab.shell.repl.complete.ReplCompleter;
import org.hazlab.shell.repl.highlight.GroovyHighlighter;
import org.hazlab.shell.repl.input.ReplParsedLine;
import org.jline.reader.Candidate;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion candidates by context, and one completion typed with the Tab key; highlighting. */
class CompletionTest {

    @TempDir
    Path state;

    private ReplDriver driver;
    private ReplCompleter completer;

    @BeforeEach
    void start() {
        driver = ReplDriver.start(state, true);
        ReplContext context = driver.repl().context();
        completer = new ReplCompleter(context.commands(), context.kernel(), context::model);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private List<String> complete(String line) {
        return completer.candidates(ReplParsedLine.at(line, line.length())).stream().map(Candidate::value)
                .toList();
    }

    @Test
    void commands() {
        assertEquals(List.of(":load"), complete(":lo"));
        assertTrue(complete(":").containsAll(List.of(":help", ":quit", ":explain", ":step")));
    }

    @Test
    void variablesDslWordsAndKeywords() {
        assertTrue(complete("ite").contains("items"), complete("ite").toString());
        assertTrue(complete("cla").contains("classes"));
        assertTrue(complete("tod").contains("today"), "DSL word from the base script");
        assertTrue(complete("wh").contains("while"));
    }

    @Test
    void membersOfTheValueAVariableHolds() {
        assertTrue(complete("items.rowC").contains("items.rowCount()"), complete("items.rowC").toString());
        assertTrue(complete("model.ite").contains("model.items()"), complete("model.ite").toString());
    }

    @Test
    void idsOfTheWorkspaceInsideQuotes() {
        assertTrue(complete("model.item(\"IPC-LO").contains("IPC-LOG"));
        assertTrue(complete("def h = 'HZ-02").contains("HZ-022"));
        assertTrue(complete(":explain IPC-DO").containsAll(List.of("IPC-DOSE", "IPC-DOSE-CALC", "IPC-DOSE-LIM")));
    }

    @Test
    void traceabilityTablesTheirColumnsAndIds() {
        assertTrue(complete("requ").contains("requirements"), complete("requ").toString());
        assertTrue(complete("evid").contains("evidence"));
        assertTrue(complete("verifications.column(\"").contains("verifies"), complete("verifications.column(\"")
                .toString());
        assertTrue(complete("def r = 'SRS-01").containsAll(List.of("SRS-010", "SRS-016")));
        assertTrue(complete("def v = 'VER-00").contains("VER-007"));
        assertTrue(complete("gap").contains("gaps"), complete("gap").toString());
    }

    @Test
    void columnNamesInsideQuotesAfterColumn() {
        List<String> columns = complete("hazards.column(\"");
        assertTrue(columns.containsAll(driver.repl().context().kernel().session().get("hazards") instanceof
                tech.tablesaw.api.Table t ? t.columnNames() : List.of()), columns.toString());
        assertTrue(complete("items.stringColumn('na").contains("name"));
    }

    @Test
    void filesAfterFileCommands() {
        assertTrue(complete(":load ../datasets/inf").contains("../datasets/infusion-pump/"));
    }

    @Test
    void javaCellsCompleteThroughJShell() {
        List<String> found = complete("%java\nitems.rowC");
        assertTrue(found.contains("items.rowCount()"), found.toString());
        List<String> inline = complete(":java int n = items.rowC");
        assertTrue(inline.contains("items.rowCount()"), inline.toString());
    }

    @Test
    void namedArgumentsOfTheDslWords() {
        assertTrue(complete("def m = system(pur").contains("purpose: "), complete("def m = system(pur").toString());
        assertTrue(complete("classify(sch").contains("scheme: "));
        assertTrue(complete("system('Pump') {\n  hazard 'H1', sev").contains("severity: "));
        assertTrue(complete("  control 'RC1', ext").contains("external: "));
        assertTrue(complete("whatI").contains("whatIf"));
        assertTrue(complete("  removeCon").contains("removeControl"), "a word inside whatIf { }");
    }

    @Test
    void namedArgumentsOfDslVerbsComeFromNamedParamAnnotations() {
        DslVocabulary vocabulary = new DslVocabulary(Verbs.class);
        assertEquals(List.of("item", "scheme"), vocabulary.namedArguments("explainItem"));
    }

    /** A DSL with a verb that takes named arguments, as the DSL declares them. */
    public abstract static class Verbs extends org.hazlab.dsl.HazlabScript {
        public Object explainItem(@groovy.transform.NamedParam(value = "item")
                                  @groovy.transform.NamedParam(value = "scheme") java.util.Map<String, Object> args) {
            return args;
        }
    }

    @Test
    void tabCompletesWhatIsTyped() throws Exception {
        driver.close();
        driver = ReplDriver.start(state, true, "ansi");
        driver.awaitOutput("[1]> ", java.time.Duration.ofSeconds(30));
        driver.type("items.rowCou\t");
        driver.awaitOutput("items.rowCount()", java.time.Duration.ofSeconds(30));
        driver.type("\n");
        driver.awaitOutput("\n24\n", java.time.Duration.ofSeconds(30));
        assertTrue(driver.output().contains("\n24\n"), driver.output());
    }

    @Test
    void methodCandidatesCarryTheirSignature() {
        ReplParsedLine line = ReplParsedLine.at("items.rowC", "items.rowC".length());
        Candidate rowCount = completer.candidates(line).stream().filter(c -> c.value().equals("items.rowCount()"))
                .findFirst().orElseThrow();
        assertEquals("int rowCount()", rowCount.descr());
        ReplParsedLine where = ReplParsedLine.at("items.whe", "items.whe".length());
        Candidate whereCandidate = completer.candidates(where).stream()
                .filter(c -> c.value().equals("items.where(")).findFirst().orElseThrow();
        assertTrue(whereCandidate.descr().startsWith("Table where(") && whereCandidate.descr().contains("more"),
                whereCandidate.descr());
    }

    @Test
    void tabAfterAnOpenMethodCallListsItsSignatures() throws Exception {
        List<String> signatures = completer.signatures(ReplParsedLine.at("def t = items.where(", 20));
        assertTrue(signatures.contains("Table where(Selection)"), signatures.toString());
        assertTrue(signatures.size() > 1, "every overload: " + signatures);
        assertEquals(List.of(), completer.signatures(ReplParsedLine.at("items.rowC", 10)));
        driver.close();
        driver = ReplDriver.start(state, true, "ansi");
        driver.awaitOutput("[1]> ", java.time.Duration.ofSeconds(30));
        driver.type("items.where(\t");
        driver.awaitOutput("Table where(Selection)", java.time.Duration.ofSeconds(30));
        assertTrue(driver.output().contains("Table where(Selection)"), driver.output());
        driver.type("\u0015items.rowCount()\n");
        driver.awaitOutput("\n24\n", java.time.Duration.ofSeconds(30));
        assertTrue(driver.output().contains("\n24\n"), "the line is still usable\n" + driver.output());
    }

    @Test
    void highlightingColoursKeywordsStringsNumbersAndDslWords() {
        var line = new GroovyHighlighter(java.util.Set.of("classify")).highlight("def x = classify('a', 42)");
        assertEquals(AttributedStyle.BOLD.foreground(AttributedStyle.BLUE), line.styleAt(0));
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA), line.styleAt(8));
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN), line.styleAt(17));
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), line.styleAt(22));
    }
}
