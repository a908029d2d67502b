package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.terminal.spi.SystemStream;
import org.junit.jupiter.api.Test;

/**
 * Whether a stream is a terminal: the launcher's word when it gave one, else JLine's answer (under Maven both
 * streams go to files, never to a terminal).
 */
class OutputStyleTest {

    @Test
    void theLaunchersWordIsTaken() {
        assertTrue(OutputStyle.isTerminal(SystemStream.Output, "true"));
        assertTrue(OutputStyle.isTerminal(SystemStream.Error, "true"));
        assertFalse(OutputStyle.isTerminal(SystemStream.Output, "false"));
    }

    @Test
    void withoutItJLineIsAsked() {
        assertFalse(OutputStyle.isTerminal(SystemStream.Output, null));
        assertFalse(OutputStyle.isTerminal(SystemStream.Error, "maybe"));
    }
}
