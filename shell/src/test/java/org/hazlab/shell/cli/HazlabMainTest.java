package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HazlabMainTest {

    @Test
    void versionNamesHazlabAndJava() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().matches("(?s)hazlab \\d+\\.\\d+\\.\\d+.*\nJava .*"), run.out());
    }

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("check"), run.out());
        assertTrue(run.out().contains("Exit codes:") && run.out().contains("3   hazlab run: the script reported findings"),
                run.out());
    }

    @Test
    void subcommandsHaveTheirOwnHelp() {
        CommandRun run = CommandRun.of("help", "check");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("--format"), run.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CommandRun run = CommandRun.of("chek");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("chek"), run.err());
    }
}
