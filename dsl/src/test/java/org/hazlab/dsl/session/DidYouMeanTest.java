package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unknown names, methods and properties come back with the closest names a user may have meant. */
class DidYouMeanTest {

    private final Session session = new Session(SessionOptions.forScript("s.groovy"));

    @Test
    void anUnknownVariableSuggestsTheClosestVariable() {
        session.evaluate("hazards = tech.tablesaw.api.Table.create('h')");
        CellResult result = session.evaluate("hazrds.rowCount()");
        assertEquals("unknown name 'hazrds' (not a variable, parameter or DSL word); did you mean hazards?",
                result.error().message());
    }

    @Test
    void anUnknownMethodOnAValueSuggestsItsClosestMethods() {
        session.evaluate("items = tech.tablesaw.api.Table.create('i')");
        String message = session.evaluate("items.rowCont()").error().message();
        assertTrue(message.startsWith("no method rowCont() on a Table; did you mean rowCount()"), message);
    }

    @Test
    void anUnknownDslWordSuggestsTheWord() {
        String message = session.evaluate("clasify(null)").error().message();
        assertTrue(message.contains("did you mean classify()"), message);
    }

    @Test
    void anUnknownPropertySuggestsTheProperty() {
        session.evaluate("t = tech.tablesaw.api.Table.create('t')");
        String message = session.evaluate("t.nmae").error().message();
        assertTrue(message.contains("did you mean name"), message);
    }
}
