package org.hazlab.core.trace.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.trace.PumpRepository;
import org.hazlab.core.trace.gaps.ItemActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The impact of the pump's release 2.0, between two folders and between two git revisions. */
class ImpactTest {

    private static final Path V1 = PumpRepository.DATASETS.resolve("infusion-pump");
    private static final Path V2 = PumpRepository.DATASETS.resolve("infusion-pump-v2");

    @TempDir
    Path dir;

    private static List<String> changes(ImpactReport report) {
        return report.changes().stream().map(c -> c.kind() + " " + c.id() + " " + c.change() + " " + c.field())
                .toList();
    }

    private static List<String> classes(ImpactReport report) {
        return report.classChanges().stream().map(c -> c.item() + " " + c.before() + "->" + c.after()).toList();
    }

    @Test
    void twoFoldersShowTheReclassificationItsReasonAndTheMissingEvidence() throws Exception {
        ImpactReport report = ImpactInputs.folders(V1, V2);
        assertEquals(List.of("IPC-DOSE-REC (new)->C", "IPC-LOG A->C"), classes(report));
        ClassChange logger = report.classChanges().get(1);
        assertTrue(logger.becauseBefore().contains("every contributing risk is acceptable"), logger.becauseBefore());
        assertTrue(logger.becauseAfter().contains("HZ-037"), logger.becauseAfter());
        assertEquals(36, logger.added().size(), "the activities C requires and A does not");
        assertTrue(logger.dropped().isEmpty());
        List<String> changes = changes(report);
        assertTrue(changes.contains("item IPC-DOSE-REC added "), changes.toString());
        assertTrue(changes.contains("hazard HZ-010 changed probability"), changes.toString());
        assertTrue(changes.contains("hazard HZ-037 added "), changes.toString());
        assertTrue(changes.contains("control RC-HW-03 changed description"), changes.toString());
        assertTrue(changes.contains("requirement SRS-014 changed text"), changes.toString());
        assertTrue(changes.contains("verification VER-007 removed "), changes.toString());
        FieldChange probability = report.changes().stream().filter(c -> c.field().equals("probability")).findFirst()
                .orElseThrow();
        assertEquals("Occasional", probability.before());
        assertEquals("Probable", probability.after());
        List<String> missing = report.evidence().newlyMissing().stream().map(ItemActivity::item).distinct().toList();
        assertEquals(List.of("IPC-DOSE-REC", "IPC-LOG"), missing);
        assertEquals(36, report.activityTable().rowCount(), "only the reclassified item's activities are listed");
    }

    @Test
    void theSameVersionHasNoImpact() throws Exception {
        ImpactReport report = ImpactInputs.folders(V2, V2);
        assertTrue(report.isEmpty(), report.toString());
    }

    @Test
    void twoGitRevisionsGiveTheSameImpactAsTheFolders() throws Exception {
        Path workspace = PumpRepository.create(dir);
        ImpactReport git = ImpactInputs.git(workspace, "HEAD~1..HEAD");
        ImpactReport folders = ImpactInputs.folders(V1, V2);
        assertEquals(classes(folders), classes(git));
        assertEquals(changes(folders), changes(git));
        assertEquals("HEAD~1:ws/pump", git.before());
        assertEquals("HEAD:ws/pump", git.after());
        assertEquals(classes(folders), classes(ImpactInputs.git(workspace, "main~1")),
                "one revision is compared with the folder as it is now");
        assertTrue(Files.exists(workspace.resolve("items.csv")));
        assertEquals(2, git.classChanges().size());
    }

    @Test
    void badRevisionsAndFoldersOutsideGitAreClearErrors() throws Exception {
        Path workspace = PumpRepository.create(dir.resolve("repo"));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> ImpactInputs.git(workspace, "v9..HEAD"));
        assertTrue(unknown.problems().get(0).format().contains("'v9' is not a revision"), unknown.getMessage());
        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> ImpactInputs.git(workspace, "HEAD.."));
        assertTrue(range.problems().get(0).message().contains("not a revision range"));
        Path outside = Files.createDirectories(dir.resolve("plain"));
        InvalidInputException notGit = assertThrows(InvalidInputException.class,
                () -> ImpactInputs.git(outside, "HEAD~1..HEAD"));
        assertEquals("not-in-git", notGit.problems().get(0).code());
    }

    @Test
    void anInvalidRevisionIsReportedWithItsRevisionAndPath() throws Exception {
        Path workspace = PumpRepository.create(dir);
        Files.writeString(workspace.resolve("items.csv"), Files.readString(workspace.resolve("items.csv"))
                .replace("IPC-OCC,Occlusion detection,IPC-SAFE", "IPC-OCC,Occlusion detection,IPC-SAEF"));
        try (var git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            git.commit().setAll(true).setMessage("typo").setSign(false).call();
        }
        InvalidInputException broken = assertThrows(InvalidInputException.class,
                () -> ImpactInputs.git(workspace, "HEAD~1..HEAD"));
        String text = broken.problems().get(0).format();
        assertTrue(text.startsWith("HEAD:ws/pump/items.csv:"), text);
        assertTrue(text.contains("did you mean 'IPC-SAFE'?"), text);
    }
}
