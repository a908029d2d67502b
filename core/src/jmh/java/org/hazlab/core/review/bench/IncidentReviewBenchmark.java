package org.hazlab.core.review.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hazlab.core.incidents.CompactText;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.PeriodicReview;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.link.KeywordMatcher;
import org.hazlab.core.review.link.LinkRule;
import org.hazlab.core.review.link.LinkRules;
import org.hazlab.core.review.link.Linker;
import org.hazlab.core.review.link.Links;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6 targets on the generator's 1,000,000-row file (docs/benchmarks.md): load it into the columnar store
 * (under 2.5 s), load and aggregate it (counts per quarter per hazard, item, product code and event type, with
 * all statistics and triggers), and match 1,000,000 narratives against 500 keyword rules (under 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class IncidentReviewBenchmark {

    private Path file;
    private SafetyModel model;
    private IncidentStore store;
    private IncidentStore inMemory;
    private LinkRules rules;
    private KeywordMatcher matcher;

    @Setup
    public void setUp() throws Exception {
        file = BenchData.millionRows();
        model = WorkspaceLoader.load(BenchData.workspace()).safetyModel().orElseThrow();
        store = load();
        rules = BenchData.fiveHundredKeywordRules();
        List<String> words = rules.rules().stream().flatMap(r -> ((LinkRule.Keywords) r).words().stream()).toList();
        matcher = new KeywordMatcher(words);
        // the same narratives held in memory, to time matching without file reads
        CompactText texts = new CompactText();
        store.narratives().forEach((row, bytes, offset, length) -> texts.add(bytes, offset, length));
        var builder = IncidentStore.builder();
        for (int row = 0; row < store.size(); row++) {
            byte[] id = store.id(row).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            builder.next(id, 0, id.length, row + 2);
        }
        inMemory = builder.build(texts.trim());
    }

    private IncidentStore load() throws IOException {
        return new IncidentCsvImporter().read(List.of(file), ImportOptions.defaults()).incidents();
    }

    @Benchmark
    public IncidentStore load1M() throws IOException {
        return load();
    }

    @Benchmark
    public ReviewResult loadAndReview1M() throws IOException {
        return PeriodicReview.analyse(model, load(), ReviewOptions.forPeriod("2026-Q3"));
    }

    @Benchmark
    public Links link1Mx500KeywordsFromFile() {
        return Linker.link(store, rules);
    }

    @Benchmark
    public Links link1Mx500KeywordsInMemory() {
        return Linker.link(inMemory, rules);
    }

    @Benchmark
    public void match1Mx500KeywordsInMemory(Blackhole hole) {
        int[] hits = new int[1];
        inMemory.narratives().forEach((row, bytes, offset, length) ->
                matcher.match(bytes, offset, length, pattern -> hits[0]++));
        hole.consume(hits[0]);
    }
}
