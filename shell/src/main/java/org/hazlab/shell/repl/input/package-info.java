/**
 * Reading cells: when typed Groovy is complete, and how a line is cut for completion.
 */
package org.hazlab.shell.repl.input;
