/**
 * Saving and opening sessions: percent-format Groovy, Jupyter notebooks (through the DSL's writer and reader),
 * Markdown and self-contained HTML.
 */
package org.hazlab.shell.repl.notebook;
