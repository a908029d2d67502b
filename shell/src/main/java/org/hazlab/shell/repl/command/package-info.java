/**
 * One class per REPL {@code :command}; each gets the {@link org.hazlab.shell.repl.ReplContext} and its argument
 * text.
 */
package org.hazlab.shell.repl.command;
