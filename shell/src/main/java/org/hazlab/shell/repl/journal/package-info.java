/**
 * The append-only journal of executed cells, written and forced to disk as each completes, for {@code :recover}.
 */
package org.hazlab.shell.repl.journal;
