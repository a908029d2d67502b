package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.hazlab.shell.HazlabMain;
import org.hazlab.shell.repl.Palette;
import org.junit.jupiter.api.Test;

/**
 * The CLI's colour: one policy (Palette.allowed) for the shell and the CLI; class C marked in classify, gaps and
 * impact text without moving a column; errors coloured on stderr; machine formats never coloured.
 */
class CliColourTest {

    private static final String ESC = "\u001b[";
    private static final OutputStyle COLOUR = new OutputStyle(new Palette(true), new Palette(true));

    @Test
    void colourOnlyOnATerminalWithoutNoColorOrDumbTerm() {
        assertTrue(Palette.allowed(true, Map.of()));
        assertTrue(Palette.allowed(true, Map.of("NO_COLOR", "")), "an empty NO_COLOR does not count");
        assertFalse(Palette.allowed(true, Map.of("NO_COLOR", "1")));
        assertFalse(Palette.allowed(true, Map.of("NO_COLOR", "false")), "any non-empty value turns colour off");
        assertFalse(Palette.allowed(true, Map.of("TERM", "dumb")));
        assertFalse(Palette.allowed(false, Map.of()), "piped or redirected: plain");
    }

    @Test
    void classCIsMarkedAndTheLayoutIsUnchanged() {
        for (String[] args : new String[][] {
            {"classify", "../datasets/infusion-pump"},
            {"gaps", "../datasets/infusion-pump"},
            {"impact", "../datasets/infusion-pump", "../datasets/infusion-pump-v2"}}) {
            Run plain = run(OutputStyle.PLAIN, args);
            Run coloured = run(COLOUR, args);
            assertEquals(plain.code, coloured.code, String.join(" ", args));
            assertFalse(plain.out.contains(ESC), "plain output has no escape codes: " + args[0]);
            assertTrue(coloured.out.contains(ESC + "1;31mC" + ESC + "0m"), "class C marked: " + args[0]);
            assertEquals(plain.out, strip(coloured.out), "only escape codes added: " + args[0]);
        }
    }

    @Test
    void machineFormatsAreNeverColoured() {
        assertFalse(run(COLOUR, "classify", "../datasets/infusion-pump", "--format", "json").out.contains(ESC));
        assertFalse(run(COLOUR, "gaps", "../datasets/infusion-pump", "--format", "md").out.contains(ESC));
    }

    @Test
    void errorsAreColouredOnATerminalOnly() {
        Run coloured = run(COLOUR, "classify", "../datasets/infusion-pump", "--scheme", "nope");
        assertEquals(2, coloured.code);
        assertTrue(coloured.err.contains(ESC) && strip(coloured.err).contains("unknown scheme 'nope'"), coloured.err);
        Run item = run(COLOUR, "classify", "../datasets/infusion-pump", "--item", "NOPE");
        assertTrue(item.err.startsWith(ESC + "31mhazlab: no item"), item.err);
        Run plain = run(OutputStyle.PLAIN, "classify", "../datasets/infusion-pump", "--scheme", "nope");
        assertFalse(plain.err.contains(ESC), plain.err);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(OutputStyle style, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HazlabMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), style);
        return new Run(code, out.toString(), err.toString());
    }

    private static String strip(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
