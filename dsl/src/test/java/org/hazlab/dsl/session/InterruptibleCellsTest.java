package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.transform.ThreadInterrupt;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.junit.jupiter.api.Test;

/**
 * The session builds its {@code @ThreadInterrupt} customizer only when a cell is compiled: every compiled cell
 * must still check for interrupts, in the first cell, in later ones (a new compilation unit each) and after a
 * reset. A cell that interrupts itself and then loops shows it without timing: with the check the loop ends in
 * {@code INTERRUPTED}, without it the loop runs to its end.
 */
class InterruptibleCellsTest {

    private static final String SELF_INTERRUPTING_LOOP =
            "Thread.currentThread().interrupt()\ndef n = 0\nwhile (n < 1000) { n++ }\nn";

    @Test
    void runsInThePhaseGroovysOwnCustomizerDeclares() {
        assertEquals(new ASTTransformationCustomizer(ThreadInterrupt.class).getPhase(), InterruptibleCells.PHASE);
    }

    @Test
    void everyCompiledCellChecksForInterrupts() {
        Session session = new Session(SessionOptions.forScript("loops.groovy"));
        assertInterrupted(session.evaluate(SELF_INTERRUPTING_LOOP));
        assertTrue(session.evaluate("def x = 2").succeeded());
        assertInterrupted(session.evaluate(SELF_INTERRUPTING_LOOP));
        session.reset();
        assertInterrupted(session.evaluate(SELF_INTERRUPTING_LOOP));
        CellResult after = session.evaluate("[1, 2, 3].collect { it * 2 }.sum()");
        assertTrue(after.succeeded(), "the interrupt does not outlive its cell");
        assertEquals(12, after.value());
    }

    private static void assertInterrupted(CellResult result) {
        assertFalse(result.succeeded(), "the loop ran to its end: the cell was compiled without the check");
        assertEquals(CellError.Kind.INTERRUPTED, result.error().kind());
    }
}
