package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.shell.repl.notebook.NotebookFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session saved as .ipynb reopens in a new session and reruns to the same results, Java cells included. */
class NotebookRoundTripTest {

    @TempDir
    Path state;

    @TempDir
    Path files;

    @Test
    void savedIpynbReopensAndReruns() throws Exception {
        Path notebook = files.resolve("review.ipynb");
        ReplDriver.session(state, "def a = items.rowCount()\n%java\nint b = a * 10;\n\nb + 5\n:save " + notebook + "\n");

        JsonNode json = new ObjectMapper().readTree(notebook.toFile());
        assertEquals(4, json.get("nbformat").asInt());
        assertEquals(5, json.get("nbformat_minor").asInt());
        assertEquals("cell-0", json.get("cells").get(0).get("id").asText());
        assertTrue(json.get("cells").get(0).get("source").get(0).asText().startsWith("useWorkspace '"),
                "the first cell binds the workspace");
        assertEquals("java", json.get("cells").get(2).get("metadata").get("hazlab").get("language").asText());

        List<NotebookCell> cells = NotebookFormat.read(notebook);
        assertEquals(4, cells.size());
        assertEquals(Language.JAVA, cells.get(2).language());

        String out = ReplDriver.session(state, ":open " + notebook + "\n:run all\n");
        assertTrue(Files.readString(notebook).contains("\"text/plain\""), "rich outputs from the DSL's writer");
        assertTrue(out.contains("opened 4 code cells"), out);
        assertTrue(out.contains("\n245\n"), out);
    }

    @Test
    void percentFormatKeepsJavaCellsAndMarkdown() {
        List<NotebookCell> cells = List.of(NotebookCell.markdown("# Title\ntext"),
                NotebookCell.code(Language.GROOVY, "def x = 1"), NotebookCell.code(Language.JAVA, "int y = 2;"));
        String text = NotebookFormat.GROOVY.write(cells, "t");
        List<NotebookCell> read = org.hazlab.shell.repl.notebook.PercentFormat.read(text);
        assertEquals(cells.size(), read.size());
        for (int i = 0; i < cells.size(); i++) {
            assertTrue(cells.get(i).sameSource(read.get(i)), read.get(i).toString());
        }
        assertTrue(Files.exists(files));
    }
}
