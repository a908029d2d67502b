/**
 * Headless runs ({@code hazlab run}): {@link org.hazlab.dsl.run.ScriptRunner} evaluates a script or notebook cell
 * by cell through the shared {@link org.hazlab.dsl.session.Session}, and reads and writes Jupyter notebooks
 * (nbformat 4.5). The exit status separates "ran", "broke" and "ran and found something".
 */
package org.hazlab.dsl.run;
