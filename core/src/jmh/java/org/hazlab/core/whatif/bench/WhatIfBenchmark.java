package org.hazlab.core.whatif.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.whatif.Assumption;
import org.hazlab.core.whatif.Change;
import org.hazlab.core.whatif.ClassKernel;
import org.hazlab.core.whatif.Scenario;
import org.hazlab.core.whatif.Sensitivity;
import org.hazlab.core.whatif.SensitivityResult;
import org.hazlab.core.whatif.Sweep;
import org.hazlab.core.whatif.SweepResult;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario classifications per second on the infusion-pump example (issue 4's target: at least 100,000 per
 * second for sweep and sensitivity). {@code kernelScenario} classifies one single-assumption variant with the
 * incremental kernel (the unit of work of sweep and sensitivity; the score is scenarios per second);
 * {@code sensitivity} is the whole analysis (all single assumptions, tables included); {@code sweep20} a 20-variant
 * grid and {@code sweep2560} a 2,560-variant one (tables included); {@code engineScenario} the same single variant through a changed model and the full engine, for
 * comparison. Run from the repository root (the workspace path is relative), see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WhatIfBenchmark {

    @Param({"datasets/infusion-pump"})
    public String workspace;

    private SafetyModel model;
    private ClassKernel kernel;
    private List<Assumption> assumptions;
    private List<Sweep.Dimension> grid;
    private List<Sweep.Dimension> bigGrid;
    private int next;

    @Setup
    public void setUp() throws Exception {
        model = WorkspaceLoader.load(Path.of(workspace)).safetyModel().orElseThrow();
        kernel = ClassKernel.of(model);
        assumptions = Sensitivity.assumptions(model, kernel);
        grid = List.of(
                new Sweep.Dimension("HZ-022", model.policy().severity().names().stream()
                        .map(level -> Sweep.Option.of(level, new Change.SetSeverity("HZ-022", level))).toList()),
                new Sweep.Dimension("IPC-BATT", List.of(Sweep.Option.of("no"),
                        Sweep.Option.of("yes", new Change.Segregation("IPC-BATT", true, "own microcontroller")))),
                new Sweep.Dimension("RC-HW-07", List.of(Sweep.Option.of("present"),
                        Sweep.Option.of("removed", new Change.RemoveControl("RC-HW-07")))));
        List<Sweep.Dimension> big = new java.util.ArrayList<>(grid);
        for (String control : List.of("RC-HW-01", "RC-HW-03", "RC-HW-04", "RC-HW-05", "RC-HW-08", "RC-HUM-01",
                "RC-HUM-02")) {
            big.add(presence(control));
        }
        bigGrid = List.copyOf(big);
    }

    private static Sweep.Dimension presence(String control) {
        return new Sweep.Dimension(control, List.of(Sweep.Option.of("present"),
                Sweep.Option.of("removed", new Change.RemoveControl(control))));
    }

    private Change nextChange() {
        Change change = assumptions.get(next).change();
        next = next + 1 == assumptions.size() ? 0 : next + 1;
        return change;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] kernelScenario() {
        ClassKernel.State state = kernel.baseline();
        kernel.apply(nextChange(), state);
        return kernel.classify(state);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ClassificationResult engineScenario() throws Exception {
        return Classifications.run(new Scenario("b", List.of(nextChange())).applyTo(model));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SensitivityResult sensitivity() {
        return Sensitivity.of(model);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public SweepResult sweep20() {
        return Sweep.run(model, grid);
    }

    /** 5 x 2 x 2 x 2^7 = 2,560 variants, table included: scenarios per second = 2,560 / score. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SweepResult sweep2560() {
        return Sweep.run(model, bigGrid);
    }
}
