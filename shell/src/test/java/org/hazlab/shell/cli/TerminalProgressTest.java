package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line appears only after a second, and never when disabled (stderr not a terminal). */
class TerminalProgressTest {

    @Test
    void quietForTheFirstSecondAndWhenDisabled() throws Exception {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), true);
        progress.progress("big.csv", 10 << 20, 100 << 20);
        assertEquals("", text.toString());
        Thread.sleep(1100);
        progress.progress("big.csv", 50 << 20, 100 << 20);
        progress.finish();
        assertTrue(text.toString().startsWith("\rloading big.csv  50% (50 of 100 MB)"), text.toString());
        assertTrue(text.toString().endsWith(System.lineSeparator()));

        StringWriter none = new StringWriter();
        TerminalProgress disabled = new TerminalProgress(new PrintWriter(none), false);
        Thread.sleep(0);
        disabled.progress("x", 1, 2);
        disabled.finish();
        assertFalse(disabled.wasShown());
        assertEquals("", none.toString());
    }
}
