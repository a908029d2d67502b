package org.hazlab.shell.cli;

import java.io.PrintWriter;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.shell.repl.Palette;

/** Prints the problems of input that could not be used at all, the same way for every command. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(InvalidInputException e, PrintWriter err) {
        print(e, err, Palette.PLAIN);
    }

    /** Prints the problems, errors in the palette's error colour. */
    static void print(InvalidInputException e, PrintWriter err, Palette palette) {
        for (Problem problem : e.problems()) {
            err.println(problem.isError() ? palette.error(problem.format()) : problem.format());
        }
        err.flush();
    }
}
