package org.hazlab.dsl.run;

import java.util.List;
import org.hazlab.dsl.session.CellResult;

/**
 * How a headless run ended: the status (and so the exit code) and the result of every cell that ran.
 *
 * @param status what happened
 * @param cells  the results of the cells evaluated, in order (a failed cell is the last one)
 */
public record RunResult(Status status, List<CellResult> cells) {

    /** The outcome of a run, with the exit code documented in docs/user-guide.md. */
    public enum Status {
        /** Every cell ran. */
        OK(0),
        /** A cell failed (compile or runtime error, invalid model) or the input could not be read. */
        FAILED(1),
        /** The script ran and reported findings: {@code fail 'reason'}, or a last value of non-empty findings. */
        FINDINGS(3);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public RunResult {
        cells = List.copyOf(cells);
    }

    public int exitCode() {
        return status.exitCode();
    }
}
