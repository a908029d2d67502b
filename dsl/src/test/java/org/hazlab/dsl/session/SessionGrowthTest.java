package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An analyst's session has hundreds of cells: what the session carries from one cell to the next must not grow
 * with their number (the remembered imports once doubled on every cell). Asserts on structure, not on time.
 */
class SessionGrowthTest {

    private static final int CELLS = 300;

    @Test
    void importsCarriedBetweenCellsStayBoundedOverHundredsOfCells() {
        Session session = new Session(SessionOptions.forScript("long.groovy"));
        int defaults = session.carriedImports();
        session.evaluate("import java.time.LocalDate\nimport static java.lang.Math.max");
        int afterImports = session.carriedImports();
        assertEquals(defaults + 2, afterImports);
        for (int i = 0; i < CELLS; i++) {
            CellResult result = session.evaluate(i % 2 == 0 ? "N = " + i : "N + 1");
            assertTrue(result.succeeded(), () -> result.error().describe());
        }
        assertEquals(afterImports, session.carriedImports(), "imports carried between cells grew");
        assertEquals(LocalDateCheck.YEAR, session.evaluate("LocalDate.of(2026, 1, 1).year").value());
        assertEquals(7, session.evaluate("max(3, 7)").value());
    }

    @Test
    void repeatingAnImportDoesNotAddIt() {
        Session session = new Session(SessionOptions.forScript("long.groovy"));
        for (int i = 0; i < CELLS; i++) {
            session.evaluate("import java.time.LocalDate\nimport tech.tablesaw.api.*\nLocalDate.MIN");
        }
        assertEquals(session.carriedImports(), new Session(SessionOptions.forScript("x.groovy")).carriedImports() + 1);
    }

    @Test
    void bindingAndClassesGrowOnlyWithWhatTheCellsKeep() {
        Session session = new Session(SessionOptions.forScript("long.groovy"));
        session.evaluate("def f(x) { x * 2 }");
        int variables = session.variables().size();
        int classesBefore = session.loadedClasses();
        for (int i = 0; i < CELLS; i++) {
            session.evaluate(i % 2 == 0 ? "N = f(" + i + ")" : "N + 1");
        }
        assertEquals(variables + 1, session.variables().size(), "only N is new");
        assertEquals(classesBefore, session.loadedClasses(), "cells' script classes are not kept by name");
        session.evaluate("class Dose { int mg }");
        assertEquals(5, session.evaluate("new Dose(mg: 5).mg").value(), "a declared class stays reachable");
        assertEquals(classesBefore + 1, session.loadedClasses());
    }

    private static final class LocalDateCheck {
        static final int YEAR = 2026;
    }
}
