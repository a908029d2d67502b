/**
 * The cell evaluator shared by the REPL and headless runs, with no terminal code. Front ends create a
 * {@link org.hazlab.dsl.session.Session} from {@link org.hazlab.dsl.session.SessionOptions}, split text into
 * {@link org.hazlab.dsl.session.Cell}s with {@link org.hazlab.dsl.session.CellParser} (jupytext's percent
 * format) or evaluate typed text directly, and show each {@link org.hazlab.dsl.session.CellResult}: output,
 * messages, the value to display, or a {@link org.hazlab.dsl.session.CellError} located at the user's line.
 * {@code Session.interrupt()} (any thread), {@code variables()}, {@code words()} and {@code reset()} serve an
 * interactive shell. This API is stable: front ends may rely on it.
 */
package org.hazlab.dsl.session;
