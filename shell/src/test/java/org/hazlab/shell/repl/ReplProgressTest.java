package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long loads in a cell show progress on the terminal, on a line of their own that is ended before the cell's
 * result; piped sessions show none. The delay is set to zero so that the small example file counts as long.
 */
class ReplProgressTest {

    private static final String FILE = ReplDriver.EXAMPLE.resolve("incidents.csv").toString();

    @TempDir
    Path state;

    @Test
    void theIncidentsWordShowsProgressOnTheTerminalBeforeTheResult() throws Exception {
        String screen = terminal("incidents('" + FILE + "').size()\n");
        List<String> lines = screen.lines().toList();
        int at = indexOf(lines, "loading " + FILE);
        assertTrue(at >= 0, screen);
        assertTrue(lines.get(at).matches("loading \\S+ +100% \\(0 of 0 MB\\) *"),
                "the progress line holds nothing else: " + lines.get(at));
        assertEquals("[1]> incidents('" + FILE + "').size()", lines.get(at - 1), "right after the cell: " + screen);
        assertEquals("2,128", lines.get(at + 1), "the result on a line of its own: " + screen);
        assertTrue(lines.get(at + 2).startsWith("[2]> "), screen);
        assertEquals(1, lines.stream().filter(l -> l.contains("loading ")).count(), screen);
    }

    @Test
    void useWorkspaceShowsProgressForItsIncidentFile() throws Exception {
        String screen = terminal("useWorkspace '" + ReplDriver.EXAMPLE + "'\nincidents.rowCount()\n");
        List<String> lines = screen.lines().toList();
        int at = indexOf(lines, "loading ");
        assertTrue(at >= 0 && lines.get(at).contains("incidents.csv"), screen);
        assertTrue(lines.get(at).matches("loading \\S+ +100% \\(0 of 0 MB\\) *"), lines.get(at));
    }

    @Test
    void quickLoadsShowNothingWithTheUsualDelay() throws Exception {
        String screen = terminal(null, "incidents('" + FILE + "').size()\n");
        assertFalse(screen.contains("loading "), screen);
    }

    @Test
    void aPipedSessionShowsNoProgress() {
        StringWriter out = new StringWriter();
        Repl repl = new ReplBuilder(state).workspace(ReplDriver.example()).plain(new BufferedReader(
                new StringReader("incidents('" + FILE + "').size()\n")), new PrintWriter(out, true), 100);
        repl.context().progressDelay(Duration.ZERO);
        assertEquals(0, repl.run(), out.toString());
        repl.context().kernel().close();
        assertFalse(out.toString().contains("loading "), out.toString());
        assertTrue(out.toString().matches("(?s)2,128\\s*"), out.toString());
    }

    private String terminal(String keys) throws Exception {
        return terminal(Duration.ZERO, keys);
    }

    /** Types the keys into a JLine terminal with the given progress delay (null: the usual one). */
    private String terminal(Duration delay, String keys) throws Exception {
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            if (delay != null) {
                driver.repl().context().progressDelay(delay);
            }
            driver.awaitOutput("Ctrl-D quits", Duration.ofSeconds(60));
            driver.type(keys);
            driver.finish();
            return driver.screen();
        }
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
