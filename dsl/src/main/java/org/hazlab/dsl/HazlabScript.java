package org.hazlab.dsl;

import java.time.LocalDate;
import org.hazlab.dsl.session.ScriptFailure;
import org.hazlab.dsl.session.SessionScript;

/**
 * The base class of every hazlab script and cell: the DSL words. Declare it in a script with
 * {@code @groovy.transform.BaseScript org.hazlab.dsl.HazlabScript hazlab} so that IntelliJ and Eclipse complete
 * the words; hazlab applies it either way.
 */
public abstract class HazlabScript extends SessionScript {

    /** Ends the run as "ran and found something": {@code hazlab run} exits 3. */
    public void fail(String reason) {
        throw new ScriptFailure(reason);
    }

    /** The date of the run: {@code --as-of} when given, so that outputs are reproducible. */
    public LocalDate getToday() {
        return session().today();
    }
}
