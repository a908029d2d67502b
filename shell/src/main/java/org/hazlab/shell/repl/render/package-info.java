/**
 * Rendering cell values for a terminal of a given size: tables fitted to width and height, classifications,
 * decision paths, numbers.
 */
package org.hazlab.shell.repl.render;
