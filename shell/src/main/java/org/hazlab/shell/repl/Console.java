package org.hazlab.shell.repl;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the REPL reads cells and writes results. Two implementations: a JLine terminal for a person at a keyboard,
 * and plain streams for piped input (CI, {@code hazlab shell < cells.groovy}, a dumb terminal), which never write
 * escape codes. The loop and the commands only ever talk to this interface.
 */
public interface Console extends AutoCloseable {

    /**
     * Reads one cell, possibly several lines. Returns null at the end of input (Ctrl-D on an empty line) and an
     * empty string when the user cleared the line with Ctrl-C.
     */
    String readCell(String prompt);

    /** Reads one plain line (an answer such as "press Enter"), null at the end of input. */
    String readLine(String prompt);

    /** Where results go. */
    PrintWriter out();

    /** Columns available for output. */
    int width();

    /** Rows available for output. */
    int height();

    /** Whether a person is at a terminal (prompts, paging and waiting for Enter make sense). */
    boolean interactive();

    /** Whether ANSI colours may be written (a terminal, and NO_COLOR not set). */
    boolean color();

    /** Runs an evaluation; Ctrl-C meanwhile calls {@code onInterrupt} instead of ending the shell. */
    <T> T interruptibly(Runnable onInterrupt, Supplier<T> action);

    /** The input history, oldest first, one entry per cell. */
    List<String> history();

    /** Prints text above the prompt (news from a background task); plain consoles just print it. */
    default void printAbove(String text) {
        out().println(text);
        out().flush();
    }

    /** Switches completion between Groovy and Java cells. */
    default void javaMode(boolean on) {
    }

    @Override
    void close();
}
