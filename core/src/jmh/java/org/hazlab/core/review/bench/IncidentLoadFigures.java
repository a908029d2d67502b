package org.hazlab.core.review.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.PeriodicReview;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.link.Linker;
import org.hazlab.core.workspace.WorkspaceLoader;

/**
 * Prints the figures issue 6 asks for, in a fresh JVM: wall time of loading and aggregating the 1,000,000-row
 * file (first run, then best of the following runs), live heap after a full GC with the store and the review
 * reachable, and 1M x 500 keyword matching time; plus the machine. JMH's single-shot numbers are in
 * {@link IncidentReviewBenchmark}; this adds the live-heap figure, which JMH does not measure.
 *
 * <pre>java -Xmx1g -cp core/target/benchmarks.jar org.hazlab.core.review.bench.IncidentLoadFigures</pre>
 */
public final class IncidentLoadFigures {

    private IncidentLoadFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path file = BenchData.millionRows();
        SafetyModel model = WorkspaceLoader.load(BenchData.workspace()).safetyModel().orElseThrow();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s, %s %s%n",
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "file: %s, %,d bytes%n", file, Files.size(file));
        ReviewResult kept = null;
        long best = Long.MAX_VALUE;
        for (int run = 1; run <= 4; run++) {
            long start = System.nanoTime();
            IncidentStore store = new IncidentCsvImporter().read(List.of(file), ImportOptions.defaults()).incidents();
            long loaded = System.nanoTime();
            ReviewResult result = PeriodicReview.analyse(model, store, ReviewOptions.forPeriod("2026-Q3"));
            long done = System.nanoTime();
            System.out.printf(Locale.ROOT, "run %d: %,d rows, load %.0f ms, load + aggregate + review %.0f ms%n",
                    run, store.size(), (loaded - start) / 1e6, (done - start) / 1e6);
            best = Math.min(best, done - start);
            kept = result;
        }
        System.out.printf(Locale.ROOT, "best load + aggregate: %.0f ms%n", best / 1e6);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "live heap after full GC, store and review reachable: %d MB%n", live >> 20);
        System.out.println("(HZ-010 reports in 2026-Q3: " + kept.hazard("HZ-010").orElseThrow().reviewCount() + ")");
        var rules = BenchData.fiveHundredKeywordRules();
        IncidentStore store = kept.incidents();
        long bestLink = Long.MAX_VALUE;
        for (int run = 1; run <= 4; run++) {
            long start = System.nanoTime();
            var links = Linker.link(store, rules);
            long took = System.nanoTime() - start;
            bestLink = Math.min(bestLink, took);
            System.out.printf(Locale.ROOT, "link run %d: 1M narratives x 500 keyword rules (from the file) %.0f ms, "
                    + "%,d unlinked%n", run, took / 1e6, links.unlinkedCount());
        }
        System.out.printf(Locale.ROOT, "best link: %.0f ms%n", bestLink / 1e6);
    }
}
