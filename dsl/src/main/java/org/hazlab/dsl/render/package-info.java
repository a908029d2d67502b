/**
 * How values look outside a terminal: plain text and HTML of tables and of results that render as tables, for
 * headless output and notebooks. Terminal front ends may render differently (fitting the width).
 */
package org.hazlab.dsl.render;
