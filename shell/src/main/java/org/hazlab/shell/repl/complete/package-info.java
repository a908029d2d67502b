/**
 * Tab completion by context: commands, variables, DSL words and named arguments, ids in quotes, column names,
 * members, files, Java through JShell.
 */
package org.hazlab.shell.repl.complete;
