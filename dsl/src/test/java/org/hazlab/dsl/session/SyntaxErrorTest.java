package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax errors point at the line and column where the problem starts, with a caret under it. */
class SyntaxErrorTest {

    private final Session session = new Session(SessionOptions.forScript("s.groovy"));

    @Test
    void anUnclosedBracketIsReportedWhereItWasOpened() {
        String script = "def a = 1\ndef b = 2\ndef c = 3\ndef d = 4\ndef e = 5\ndef f = 6\n"
                + "def list = [1, 2,\n   3\ndef g = 7\nprintln g\n";
        CellError error = session.evaluate(new Cell(0, Cell.Kind.CODE, script, 1)).error();
        assertEquals(7, error.line(), error.describe());
        assertTrue(error.message().startsWith("'[' opened here is never closed"), error.message());
        assertEquals(List.of("  7 | def list = [1, 2,", "    |            ^"), error.details().subList(0, 2));
    }

    @Test
    void anUnclosedParenthesisInACellOfAFileNamesTheFileLine() {
        CellError error = session.evaluate(new Cell(1, Cell.Kind.CODE, "def a = 1\nif (a > 0 {\n  println a\n}", 20))
                .error();
        assertEquals(21, error.line(), error.describe());
        assertTrue(error.details().get(1).endsWith("   ^"), error.describe());
    }

    @Test
    void bracketsInStringsAndCommentsDoNotCount() {
        CellError error = session.evaluate("def s = '[('  // ( [\ndef t = \"\"\"{\n\"\"\"\nx = = 1").error();
        assertEquals(4, error.line(), error.describe());
        assertTrue(error.details().get(0).startsWith("  4 | x = = 1"), error.describe());
    }
}
