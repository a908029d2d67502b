package org.hazlab.core.classify.bench;

import java.util.concurrent.TimeUnit;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.classify.render.ResultTable;
import org.hazlab.core.model.SafetyModel;
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
import tech.tablesaw.api.Table;

/**
 * IEC 62304 A1 classification of a 500-item, 5,000-hazard, 1,000-control model (the target in issue 3 is under
 * 20 ms after warm-up), plus the Tablesaw rendering of the result. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassifyBenchmark {

    @Param({"500"})
    public int items;

    @Param({"5000"})
    public int hazards;

    @Param({"1000"})
    public int controls;

    private SafetyModel model;
    private Iec62304Scheme scheme;
    private ClassificationResult result;

    @Setup
    public void setUp() {
        model = SyntheticModels.of(items, hazards, controls, 62304L);
        scheme = new Iec62304Scheme();
        result = scheme.classify(model);
    }

    @Benchmark
    public ClassificationResult classify() {
        return scheme.classify(model);
    }

    @Benchmark
    public Table classifyAndTabulate() {
        return ResultTable.of(scheme.classify(model));
    }

    @Benchmark
    public Table tabulateOnly() {
        return ResultTable.of(result);
    }
}
