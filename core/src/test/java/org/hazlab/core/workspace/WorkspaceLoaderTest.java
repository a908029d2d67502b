package org.hazlab.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLoaderTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(Workspace workspace) {
        return workspace.problemList().stream().map(Problem::code).toList();
    }

    @Test
    void conventionalNamesWithoutAManifest() throws Exception {
        write("items.tsv", "id\tname\tparent\nSYS\tSystem\t\nUI\tScreens\tSYS\n");
        write("hazards.tsv", "id\titems\tseverity\tprobability\tcontrols\nH1\tUI\tS3\tP2\tRC1\n");
        write("controls.tsv", "id\tkind\nRC1\thuman\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        SafetyModel model = workspace.safetyModel().orElseThrow();
        assertEquals(2, model.items().size());
        assertTrue(model.control("RC1").orElseThrow().external(), "a human control is external by default");
        assertEquals("Serious", model.hazard("H1").orElseThrow().severity());
        assertEquals(dir.getFileName().toString(), workspace.name());
        assertEquals("built-in default policy", workspace.policy().source());
    }

    @Test
    void manifestMapsHeadersAndReadsLatin1CrlfAndBom() throws Exception {
        write("workspace.json", """
                {"name": "Pompe", "system": {"id": "P", "name": "Pompe", "attributes": {"situation": "critical"}},
                 "items": {"file": "logiciel.csv", "columns": {"Élément": "id"}},
                 "hazards": {"file": "dangers.csv", "delimiter": ";", "encoding": "windows-1252",
                             "columns": {"Réf": "id", "Gravité": "severity", "Éléments": "items"}},
                 "controls": "mesures.csv"}
                """);
        byte[] items = "\uFEFFÉlément,name\r\nA,Écran\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("logiciel.csv"), items);
        Files.write(dir.resolve("dangers.csv"),
                "Réf;Éléments;Gravité;Harm\r\nD1;A;Critical;\"Brûlure; légère\"\r\n".getBytes(Charset.forName("windows-1252")));
        write("mesures.csv", "id,kind\nM1,labelling\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        assertEquals("Pompe", workspace.name());
        assertEquals("Écran", workspace.items().table().stringColumn("name").get(0));
        assertEquals("Brûlure; légère", workspace.hazards().table().stringColumn("harm").get(0));
        assertEquals("critical", workspace.safetyModel().orElseThrow().system().attribute("situation").orElseThrow());
        assertEquals("UTF-8 with BOM", workspace.items().report().encoding());
    }

    @Test
    void latin1IsDetectedWhenNotDeclared() throws Exception {
        write("items.csv", "id\nA\n");
        Files.write(dir.resolve("hazards.csv"), "id,items,notes\nH1,A,Hôpital\n".getBytes(StandardCharsets.ISO_8859_1));
        write("controls.csv", "id,kind\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals("Hôpital", workspace.hazards().table().stringColumn("notes").get(0));
        assertTrue(codes(workspace).contains("encoding-detected"));
        assertTrue(workspace.isValid());
    }

    @Test
    void excelAndJsonFilesLoadThroughTheManifest() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("log.xlsx"))) {
            Sheet sheet = book.createSheet("Hazard log");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Hazard ID");
            header.createCell(1).setCellValue("Item");
            header.createCell(2).setCellValue("Sev.");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("H1");
            row.createCell(1).setCellValue("A");
            row.createCell(2).setCellValue(5);
            book.write(out);
        }
        write("items.json", "[{\"id\": \"A\", \"name\": \"Alarm\", \"segregated\": false}]");
        write("workspace.json", """
                {"items": "items.json", "hazards": {"file": "log.xlsx", "sheet": "Hazard log"}}
                """);
        Workspace workspace = WorkspaceLoader.load(dir);
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        assertEquals("Catastrophic", workspace.safetyModel().orElseThrow().hazard("H1").orElseThrow().severity());
        assertEquals(List.of("missing-table", "missing-estimate"), codes(workspace),
                "no controls table and no probability are only warnings");
    }

    @Test
    void incidentDatesFollowTheDeclaredFormat() throws Exception {
        write("items.csv", "id\nA\n");
        write("hazards.csv", "id,items\nH1,A\n");
        write("controls.csv", "id,kind\n");
        write("incidents-2025.csv", "MDR_REPORT_KEY,DATE_RECEIVED,EVENT_TYPE\n1001,03/31/2025,IN\n");
        write("workspace.json", """
                {"incidents": [{"file": "incidents-2025.csv", "dateFormat": "MM/dd/yyyy"}]}
                """);
        Workspace workspace = WorkspaceLoader.load(dir);
        assertTrue(workspace.isValid(), workspace.problemList().toString());
        assertEquals(LocalDate.of(2025, 3, 31), workspace.incidentTable().dateColumn("date_received").get(0));
        assertEquals("injury", workspace.incidentTable().stringColumn("event_type").get(0));
    }

    @Test
    void incidentFilesAreFoundByNameAndCombined() throws Exception {
        write("items.csv", "id\nA\n");
        write("hazards.csv", "id,items\nH1,A\n");
        write("controls.csv", "id,kind\n");
        write("incidents-a.csv", "id,event_type,Extra\n1,M,x\n");
        write("incidents-b.csv", "id,event_type\n2,D\n3,O\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals(3, workspace.incidentTable().rowCount());
        assertTrue(workspace.incidentTable().stringColumn("location").get(2).contains("incidents-b.csv"));
    }

    @Test
    void unknownManifestKeyIsAnErrorOnItsLine() throws Exception {
        write("items.csv", "id\nA\n");
        write("hazards.csv", "id\nH1\n");
        write("workspace.json", "{\n  \"name\": \"x\",\n  \"hazard\": \"hazards.csv\"\n}\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        Problem problem = workspace.problemList().stream().filter(p -> p.code().equals("bad-manifest"))
                .findFirst().orElseThrow();
        assertEquals(3, problem.location().line());
        assertTrue(problem.message().contains("\"hazard\""), problem.message());
        assertFalse(workspace.isValid());
    }

    @Test
    void missingTablesAndFilesAreNamed() throws Exception {
        write("workspace.json", "{\"items\": \"nope.csv\"}");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals(List.of("missing-file", "missing-table", "missing-table"), codes(workspace));
        assertFalse(workspace.isValid());
        assertEquals(0, workspace.items().table().rowCount());
    }

    @Test
    void aMissingFolderIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceLoader.load(dir.resolve("absent")));
        assertEquals("no-workspace", e.problems().get(0).code());
    }

    @Test
    void aWorkspacePolicyReplacesTheDefaultAndItsLevelsApply() throws Exception {
        write("policy.json", """
                {"name": "two levels",
                 "severity": [{"name": "Low", "harm": "non-serious-injury"}, {"name": "High", "harm": "death"}],
                 "probability": [{"name": "Rare"}, {"name": "Often"}],
                 "zones": [{"name": "ok"}, {"name": "bad"}], "unacceptableFrom": "bad",
                 "matrix": {"Rare": "ok ok", "Often": "ok bad"}}
                """);
        write("items.csv", "id\nA\n");
        write("hazards.csv", "id,items,severity,probability\nH1,A,High,Often\nH2,A,Critical,Rare\n");
        write("controls.csv", "id,kind\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals("two levels", workspace.policy().name());
        assertEquals(List.of("unknown-level"), codes(workspace), "Critical is not on this policy's scale");
    }

    @Test
    void problemsAreReportedFileByFileInTheOrderTheWorkspaceIsDescribed() throws Exception {
        // the incident files are read before the tables (both cores busy while Tablesaw starts), but their problems
        // still come after the tables' (the policy's syntax, a control row too long) and before the model's (a
        // hazard naming an unknown item), in the order hazlab has always reported them
        write("policy.json", "{\"name\": \"p\",}");
        write("items.csv", "id,name,parent\nSYS,System,\nUI,Screens,SYS\n");
        write("hazards.csv", "id,items,severity,probability,controls\nH1,UI;NOPE,S3,P2,RC1\n");
        write("controls.csv", "id,kind\nRC1,human\nRC2,human,extra\n");
        write("incidents.csv", "id,event_type,date_received\n1,M,2026-01-02\n2,D\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        List<String> files = workspace.problemList().stream()
                .map(p -> p.location().file() == null ? "" : Path.of(p.location().file()).getFileName().toString())
                .distinct().toList();
        assertEquals(List.of("policy.json", "controls.csv", "incidents.csv", "hazards.csv"), files,
                workspace.problemList().toString());
    }
}
