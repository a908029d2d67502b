package org.hazlab.core.trace.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazlab.core.trace.PumpRepository;
import org.hazlab.core.trace.TraceWorkspaces;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classification record: its content in the three formats, its bytes, its escaping and its history. */
class ClassificationRecordTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

    @TempDir
    Path dir;

    private static RecordOptions options(SignOff signOff, boolean git) {
        return new RecordOptions(AS_OF, signOff, null, git);
    }

    @Test
    void theRecordSaysWhatAnAuditorAsks() throws Exception {
        Workspace pump = WorkspaceLoader.load(PumpRepository.DATASETS.resolve("infusion-pump"));
        List<Path> files = RecordFiles.write(ClassificationRecord.of(pump,
                options(SignOff.of("A. Analyst", "2026-10-01", null, null, "Q. Manager", null), false)), dir);
        String md = Files.readString(files.get(0));
        for (String expected : List.of("# Software safety classification record: Infusion pump controller",
                "intravenously to adult", "## 2. Risk policy", "### Acceptability matrix",
                "| Frequent | L | M | M | H | H |", "## 3. Options in force", "### IPC-LOG Event logger: class A",
                "Runs on its own logging co-processor", "IPC-LOG is segregated from IPC-PLAT",
                "| 5.5.4 | Additional software unit acceptance criteria | missing |  |",
                "recorded-class-below-computed", "## 7. Classification history", "## 8. Sign-off",
                "| Prepared | A. Analyst | 2026-10-01 |  |", "| Reviewed |  |  |  |", "| Approved | Q. Manager |  |  |",
                "Record date**: 2026-10-01")) {
            assertTrue(md.contains(expected), "missing: " + expected);
        }
        JsonNode json = new ObjectMapper().readTree(files.get(2).toFile());
        assertEquals("2026-10-01", json.get("asOf").asText());
        assertEquals(25, json.get("items").size(), "the system and 24 items");
        assertEquals("A", json.get("items").get(20).get("class").asText());
        assertEquals("IPC-LOG", json.get("items").get(20).get("id").asText());
        assertEquals(16, json.get("gaps").get("gaps").asInt());
        String html = Files.readString(files.get(1));
        assertTrue(html.contains("<h2 id=\"8-sign-off\">8. Sign-off</h2>"));
    }

    @Test
    void sameInputsAndDateGiveTheSameBytes() throws Exception {
        Workspace pump = WorkspaceLoader.load(PumpRepository.DATASETS.resolve("infusion-pump-v2"));
        List<Path> first = RecordFiles.write(ClassificationRecord.of(pump, options(null, false)), dir.resolve("1"));
        Workspace again = WorkspaceLoader.load(PumpRepository.DATASETS.resolve("infusion-pump-v2"));
        List<Path> second = RecordFiles.write(ClassificationRecord.of(again, options(null, false)), dir.resolve("2"));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
        List<Path> later = RecordFiles.write(ClassificationRecord.of(again,
                new RecordOptions(AS_OF.plusDays(1), null, null, false)), dir.resolve("3"));
        assertFalse(Files.readString(later.get(0)).equals(Files.readString(first.get(0))), "the date is printed");
        try (var left = Files.list(dir.resolve("1"))) {
            assertEquals(3, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void everyDatasetStringIsEscaped() throws Exception {
        TraceWorkspaces.abc(dir.resolve("ws"));
        Path items = dir.resolve("ws").resolve("items.csv");
        Files.writeString(items, Files.readString(items).replace("Item of class C",
                "<script>alert(1)</script> & <img src=http://x/y.png> | *bold* [link](http://x)"));
        Workspace workspace = WorkspaceLoader.load(dir.resolve("ws"));
        List<Path> files = RecordFiles.write(ClassificationRecord.of(workspace, options(
                SignOff.of("<b>Eve</b>", null, null, null, null, null), false)), dir.resolve("out"));
        String html = Files.readString(files.get(1));
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(html.contains("<img"), "no dataset markup");
        assertFalse(html.contains("<b>Eve"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=http://x/y.png&gt;"));
        assertFalse(html.contains(" src=\"") || html.contains(" href=") || html.contains("<link"),
                "nothing outside the file is loaded");
        String md = Files.readString(files.get(0));
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("\\| \\*bold\\* \\[link\\](http://x)"), "Markdown cells escape pipes and emphasis");
    }

    @Test
    void theHistoryListsEachReclassificationInTheGitRevisions() throws Exception {
        Path workspace = PumpRepository.create(dir.resolve("repo"));
        ClassificationRecord record = ClassificationRecord.of(WorkspaceLoader.load(workspace), options(null, true));
        List<String> changes = record.history().stream()
                .map(r -> r.date() + " " + r.item() + " " + r.from() + "->" + r.to() + " " + r.note()).toList();
        assertEquals(List.of("2026-09-28 IPC-DOSE-REC (new)->C Release 2.0: dose recommendation module",
                "2026-09-28 IPC-LOG A->C Release 2.0: dose recommendation module"), changes);
        assertTrue(record.history().get(1).becauseAfter().contains("HZ-037"));
        assertTrue(record.notes().get(0).startsWith("2 git revisions of ws/pump read"), record.notes().toString());
        List<Path> first = RecordFiles.write(record, dir.resolve("a"));
        List<Path> second = RecordFiles.write(ClassificationRecord.of(WorkspaceLoader.load(workspace),
                options(null, true)), dir.resolve("b"));
        assertArrayEquals(Files.readAllBytes(first.get(1)), Files.readAllBytes(second.get(1)));
        assertTrue(Files.readString(first.get(0)).contains("| 2026-09-28 | git "), "the table names the commit");
    }
}
