/**
 * How far a long load has got, as one terminal line rewritten in place. Its own package because both front ends
 * show it, {@code hazlab run}/{@code hazlab incidents} on stderr and the shell on its terminal, and the shell's
 * packages must not depend on the command-line ones.
 */
package org.hazlab.shell.progress;
