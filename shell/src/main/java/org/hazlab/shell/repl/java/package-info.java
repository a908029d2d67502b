/**
 * Java cells through the JDK's JShell API with the local execution engine, sharing values with the Groovy binding.
 */
package org.hazlab.shell.repl.java;
