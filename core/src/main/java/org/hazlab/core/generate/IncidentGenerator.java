package org.hazlab.core.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a deterministic synthetic incident file from an {@link IncidentProfile}: example workspaces and load
 * tests need realistic post-market data with a known, planted signal, and real reports cannot be redistributed
 * freely. Same profile, seed, dates and target = same bytes, on any machine.
 *
 * <p>Each day, each stream's count is drawn from a Poisson distribution with mean (monthly mean x trend factor
 * x scale) / days in the month, so monthly counts are Poisson with the monthly mean. A day's incidents are put
 * in a random order, numbered, and written at once; only one day's stream indexes are held in memory, so a
 * million rows stream through in constant memory. Rows come out sorted by date received, then id.
 */
public final class IncidentGenerator {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private IncidentGenerator() {
    }

    /**
     * Generates incidents received from {@code from} to {@code to} (both inclusive) and writes them, with the
     * header, to {@code out} (flushed, not closed).
     *
     * @param profile    streams, narratives and rates
     * @param seed       seed of the {@link SplittableRandom} every draw comes from
     * @param from       first date received
     * @param to         last date received, not before {@code from}
     * @param targetRows 0 to use the profile's rates; otherwise rates are scaled so that about this many rows
     *                   are written (Poisson noise remains: about +-sqrt(targetRows))
     * @param out        where the CSV goes
     * @return the number of rows written, the scale applied and the rows per stream
     */
    public static GenerationSummary generate(IncidentProfile profile, long seed, LocalDate from, LocalDate to,
                                             long targetRows, Writer out) throws IOException {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (targetRows < 0) {
            throw new IllegalArgumentException("targetRows must be 0 (profile rates) or more: " + targetRows);
        }
        double scale = 1.0;
        if (targetRows > 0) {
            double expected = expectedRows(profile, from, to);
            if (expected <= 0) {
                throw new IllegalArgumentException("the profile's rates are all 0, so no target can be reached");
            }
            scale = targetRows / expected;
        }
        List<IncidentStream> streams = profile.streams();
        long[] written = new long[streams.size()];
        SplittableRandom random = new SplittableRandom(seed);
        BufferedWriter buffered = new BufferedWriter(out, 1 << 16);
        IncidentCsv csv = new IncidentCsv(buffered);
        csv.writeHeader();
        RowRenderer renderer = new RowRenderer(profile);
        long sequence = 0;
        int[] day = new int[64];
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            YearMonth month = YearMonth.from(date);
            int size = 0;
            for (int s = 0; s < streams.size(); s++) {
                double mean = streams.get(s).meanFor(month) * scale / month.lengthOfMonth();
                long count = PoissonCount.draw(random, mean);
                for (long k = 0; k < count; k++) {
                    if (size == day.length) {
                        day = Arrays.copyOf(day, day.length * 2);
                    }
                    day[size++] = s;
                }
            }
            shuffle(day, size, random);
            String received = ISO.format(date);
            for (int i = 0; i < size; i++) {
                IncidentStream stream = streams.get(day[i]);
                sequence++;
                csv.writeRecord(renderer.row(stream, sequence, date, received, random));
                written[day[i]]++;
            }
        }
        buffered.flush();
        Map<String, Long> byStream = new TreeMap<>();
        for (int s = 0; s < streams.size(); s++) {
            byStream.merge(streams.get(s).label(), written[s], Long::sum);
        }
        return new GenerationSummary(sequence, scale, byStream);
    }

    /** The expected number of rows at the profile's own rates (scale 1) for the dates given. */
    public static double expectedRows(IncidentProfile profile, LocalDate from, LocalDate to) {
        double expected = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            YearMonth month = YearMonth.from(date);
            for (IncidentStream stream : profile.streams()) {
                expected += stream.meanFor(month) / month.lengthOfMonth();
            }
        }
        return expected;
    }

    private static void shuffle(int[] values, int size, SplittableRandom random) {
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** Turns a stream and a random state into the fields of one row; holds the profile's shared texts. */
    private static final class RowRenderer {
        private final IncidentProfile profile;

        RowRenderer(IncidentProfile profile) {
            this.profile = profile;
        }

        List<String> row(IncidentStream stream, long sequence, LocalDate date, String received,
                         SplittableRandom random) {
            String eventType = stream.eventTypes().pick(random);
            String product = stream.productCodes().pick(random);
            String problem = stream.problemCodes().pick(random);
            boolean linked = stream.hazard() != null && random.nextDouble() < stream.explicitLinkShare();
            int lag = random.nextInt(profile.maxLagDays() + 1);
            boolean missingDate = random.nextDouble() < profile.missingEventDateShare();
            String outcome = one(profile.outcomes().get(eventType), random);
            NarrativeTemplate template = stream.narratives().get(random.nextInt(stream.narratives().size()));
            StringBuilder narrative = new StringBuilder(template.render(random, profile.vocabulary()));
            appendSentence(narrative, one(profile.consequences().get(eventType), random));
            appendSentence(narrative, one(profile.closings(), random));
            List<String> fields = new ArrayList<>(IncidentCsv.HEADER.size());
            fields.add(profile.idPrefix() + padded(sequence));
            fields.add(received);
            fields.add(missingDate ? "" : ISO.format(date.minusDays(lag)));
            fields.add(eventType);
            fields.add(product);
            fields.add(problem);
            fields.add(linked ? stream.hazard() : "");
            fields.add(linked ? String.join(";", stream.items()) : "");
            fields.add(outcome);
            fields.add(narrative.toString());
            fields.add(profile.source());
            return fields;
        }

        /** Zero-padded to 7 digits without String.format, whose digits depend on the default locale. */
        private static String padded(long sequence) {
            String digits = Long.toString(sequence);
            return digits.length() >= 7 ? digits : "0".repeat(7 - digits.length()) + digits;
        }

        private static String one(List<String> values, SplittableRandom random) {
            return values.get(random.nextInt(values.size()));
        }

        private static void appendSentence(StringBuilder narrative, String sentence) {
            if (!sentence.isEmpty()) {
                if (narrative.length() > 0) {
                    narrative.append(' ');
                }
                narrative.append(sentence);
            }
        }
    }
}
