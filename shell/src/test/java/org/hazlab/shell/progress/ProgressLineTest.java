package org.hazlab.shell.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The progress line: quiet for the delay, then rewritten in place (at most five times a second, but always at
 * 100%), ended once, fitted to the terminal, and never written when disabled. Time comes from a clock the test
 * moves, so nothing sleeps.
 */
class ProgressLineTest {

    private static final long MS = 1_000_000L;
    private static final long MB = 1 << 20;

    private final StringWriter text = new StringWriter();
    private final long[] now = {0};

    private ProgressLine line(boolean enabled, int width) {
        return new ProgressLine(new PrintWriter(text), enabled, ProgressLine.DELAY, width, () -> now[0]);
    }

    @Test
    void quietForTheDelayThenShownInPlace() {
        ProgressLine progress = line(true, 0);
        progress.progress("big.csv", 10 * MB, 100 * MB);
        now[0] = 999 * MS;
        progress.progress("big.csv", 40 * MB, 100 * MB);
        assertEquals("", text.toString());
        assertFalse(progress.wasShown());

        now[0] = 1000 * MS;
        progress.progress("big.csv", 50 * MB, 100 * MB);
        assertEquals("\rloading big.csv  50% (50 of 100 MB)", text.toString());
        assertTrue(progress.wasShown());

        now[0] = 1100 * MS;
        progress.progress("big.csv", 60 * MB, 100 * MB);
        assertEquals("\rloading big.csv  50% (50 of 100 MB)", text.toString(), "not again within 200 ms");
        progress.progress("big.csv", 100 * MB, 100 * MB);
        assertTrue(text.toString().endsWith("\rloading big.csv 100% (100 of 100 MB)"), text.toString());
    }

    @Test
    void theLineIsEndedOnceAndTheNextLoadWaitsAgain() {
        ProgressLine progress = line(true, 0);
        progress.progress("a.csv", 0, 10 * MB);
        now[0] = 2000 * MS;
        progress.progress("a.csv", 10 * MB, 10 * MB);
        progress.finish();
        progress.finish();
        String ended = text.toString();
        assertTrue(ended.endsWith("(10 of 10 MB)" + System.lineSeparator()), ended);
        assertEquals(1, ended.split(System.lineSeparator(), -1).length - 1, "one line end: " + ended);

        progress.progress("b.csv", 0, 10 * MB);
        now[0] = 2500 * MS;
        progress.progress("b.csv", 5 * MB, 10 * MB);
        progress.finish();
        assertEquals(ended, text.toString(), "a second load is quiet for its own first second");
    }

    @Test
    void finishWithoutALineWritesNothing() {
        ProgressLine progress = line(true, 0);
        progress.progress("quick.csv", 1, 1);
        progress.finish();
        assertEquals("", text.toString());
    }

    @Test
    void disabledWritesNothingEver() {
        ProgressLine progress = line(false, 0);
        progress.progress("x.csv", 0, 2 * MB);
        now[0] = 5000 * MS;
        progress.progress("x.csv", MB, 2 * MB);
        progress.progress("x.csv", 2 * MB, 2 * MB);
        progress.finish();
        assertFalse(progress.wasShown());
        assertEquals("", text.toString());
    }

    @Test
    void aLongFileNameIsShortenedFromTheStartToFitTheTerminal() {
        ProgressLine progress = new ProgressLine(new PrintWriter(text), true, Duration.ZERO, 40, () -> now[0]);
        String name = "/very/long/folder/of/exports/2026/incidents-of-the-whole-year.csv";
        progress.progress(name, 300 * MB, 400 * MB);
        String shown = text.toString();
        assertTrue(shown.length() - 1 <= 39, shown.length() - 1 + " columns: " + shown);
        assertTrue(shown.startsWith("\rloading ...") && shown.contains(".csv  75% (300 of 400 MB)"), shown);
    }

    @Test
    void aShorterUpdateBlanksWhatRemainsOfTheLongerOne() {
        ProgressLine progress = new ProgressLine(new PrintWriter(text), true, Duration.ZERO, 0, () -> now[0]);
        progress.progress("a.csv", 5 * MB, -1);
        now[0] = 300 * MS;
        progress.progress("a.csv", 10 * MB, 10 * MB);
        now[0] = 600 * MS;
        progress.progress("b", 10 * MB, 10 * MB);
        String last = text.toString().substring(text.toString().lastIndexOf('\r'));
        assertEquals("\rloading b 100% (10 of 10 MB)    ", last);
    }

    @Test
    void aStepIsShownInPlaceOfTheLoadUnderTheSameDelayAndFitted() {
        ProgressLine progress = line(true, 40);
        progress.step("reviewing 2026-Q3: counts and signals");
        assertEquals("", text.toString(), "within the delay");
        now[0] = 1500 * MS;
        progress.progress("narratives", 100 * MB, 100 * MB);
        progress.step("reviewing 2026-Q3: counts and signals");
        String shown = text.toString();
        assertTrue(shown.endsWith("\rreviewing 2026-Q3: counts and signals  "), shown);
        progress.step("reviewing 2026-Q3: a step whose words would not fit in forty columns");
        String fitted = text.toString().substring(text.toString().lastIndexOf('\r') + 1);
        assertTrue(fitted.startsWith("...") && fitted.length() <= 39, fitted);
        assertFalse(line(false, 40).wasShown());
        ProgressLine disabled = line(false, 40);
        disabled.step("reviewing");
        assertFalse(disabled.wasShown());
    }
}
