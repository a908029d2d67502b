package org.hazlab.dsl.session;

import groovy.lang.Script;

/**
 * Base of every cell's script class: routes {@code print}/{@code println}/{@code printf} to the session's
 * per-cell output instead of the process's stdout, so output is captured cell by cell in a REPL and in headless
 * runs alike. The DSL's base script extends it.
 */
public abstract class SessionScript extends Script {

    private SessionContext context;

    /** Called by the session before the cell runs. */
    final void attach(SessionContext newContext) {
        this.context = newContext;
    }

    /** The session this cell runs in. */
    protected SessionContext session() {
        if (context == null) {
            throw new IllegalStateException("this script runs only inside a hazlab session");
        }
        return context;
    }

    @Override
    public void print(Object value) {
        session().out().print(org.codehaus.groovy.runtime.FormatHelper.toString(value));
    }

    @Override
    public void println() {
        session().out().println();
    }

    @Override
    public void println(Object value) {
        session().out().println(org.codehaus.groovy.runtime.FormatHelper.toString(value));
    }

    @Override
    public void printf(String format, Object value) {
        session().out().print(org.codehaus.groovy.runtime.DefaultGroovyMethods.sprintf(this, format, value));
    }

    @Override
    public void printf(String format, Object[] values) {
        session().out().print(org.codehaus.groovy.runtime.DefaultGroovyMethods.sprintf(this, format, values));
    }
}
