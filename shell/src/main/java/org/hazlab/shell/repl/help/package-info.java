/** The shell's help on DSL words, from the DSL reference shipped in the jar. */
package org.hazlab.shell.repl.help;
