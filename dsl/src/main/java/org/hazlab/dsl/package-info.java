/**
 * The Groovy DSL over {@code org.hazlab.core} and the cell evaluator shared by the REPL and headless runs.
 * Knows nothing of terminals; depends only on core.
 */
package org.hazlab.dsl;
