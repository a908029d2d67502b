/**
 * Syntax highlighting of the line being typed (Groovy keywords, strings, numbers, comments, DSL words).
 */
package org.hazlab.shell.repl.highlight;
