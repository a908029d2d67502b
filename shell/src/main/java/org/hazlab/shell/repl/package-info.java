/**
 * The interactive shell: the read-evaluate-print loop, its console (JLine or plain streams), the kernel that runs
 * Groovy and Java cells, and the command registry. Interfaces here, implementations in the sub-packages, as JLine
 * separates {@code org.jline.reader} from {@code reader.impl}.
 */
package org.hazlab.shell.repl;
