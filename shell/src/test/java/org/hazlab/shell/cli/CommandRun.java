package org.hazlab.shell.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.hazlab.shell.HazlabMain;

/** One in-process run of the real command line, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HazlabMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
