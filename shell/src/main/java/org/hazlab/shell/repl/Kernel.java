package org.hazlab.shell.repl;

import java.util.concurrent.CompletableFuture;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.dsl.session.Session;
import org.hazlab.shell.repl.java.JavaCells;

/**
 * The REPL's evaluator: the DSL's {@link Session} (the same evaluator as {@code hazlab run}, one binding across
 * cells) for Groovy cells, and JShell for Java cells, started on first use because most sessions never need it.
 * Terminal-free like the session, so tests can drive it directly.
 */
public final class Kernel implements AutoCloseable {

    private final CompletableFuture<Session> session;
    private JavaCells java;
    private volatile Language running;
    private int javaCount;

    public Kernel(Session session) {
        this(CompletableFuture.completedFuture(session));
    }

    /**
     * A kernel whose session is still being prepared (created, workspace bound) in the background, so the prompt
     * can show before Groovy has started; the first cell waits for it.
     */
    public Kernel(CompletableFuture<Session> session) {
        this.session = session;
    }

    /** The session, waiting for it if it is still being prepared. */
    public Session session() {
        return session.join();
    }

    /** Whether the session is ready (no waiting). */
    public boolean ready() {
        return session.isDone();
    }

    /** Evaluates one cell; errors come back in the result, never as exceptions. */
    public CellResult evaluate(Language language, String source) {
        running = language;
        try {
            if (language == Language.JAVA) {
                return java().evaluate(new Cell(javaCount++, Cell.Kind.CODE, source, 1), session());
            }
            return session().evaluate(source);
        } finally {
            running = null;
        }
    }

    /** Asks the running cell to stop (any thread). */
    public void interrupt() {
        if (running == Language.JAVA && java != null) {
            java.interrupt();
        } else if (session.isDone()) {
            session.join().interrupt();
        }
    }

    /** The Java engine, started now if it was not. */
    public synchronized JavaCells java() {
        if (java == null) {
            java = new JavaCells();
        }
        return java;
    }

    /** Whether the Java engine has been started. */
    public boolean javaStarted() {
        return java != null;
    }

    /** Forgets every variable in both languages. */
    public synchronized void reset() {
        session().reset();
        if (java != null) {
            java.close();
            java = null;
        }
    }

    @Override
    public synchronized void close() {
        if (java != null) {
            java.close();
        }
    }
}
