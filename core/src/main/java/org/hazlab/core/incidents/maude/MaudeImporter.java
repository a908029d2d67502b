package org.hazlab.core.incidents.maude;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazlab.core.incidents.DateBytes;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.ImportResult.FileCount;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentImporter;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentStoreBuilder;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * FDA MAUDE bulk files: master ({@code mdrfoi}), device ({@code foidev}/{@code device}), narratives
 * ({@code foitext}) and device problem codes ({@code foidevproblem}), joined on MDR_REPORT_KEY, columns found by
 * header name (the column sets change between years). Every file is streamed record by record
 * ({@link MaudeRecords}); what stays in memory is one small entry per report plus the narrative text kept.
 * Without a master file the reports are those of the text file (event type and dates unknown).
 */
public final class MaudeImporter implements IncidentImporter {

    static final List<String> TEXT_HEADER = List.of("MDR_REPORT_KEY", "MDR_TEXT_KEY", "TEXT_TYPE_CODE",
            "PATIENT_SEQUENCE_NUMBER", "DATE_REPORT", "FOI_TEXT");
    static final List<String> PROBLEM_HEADER = List.of("MDR_REPORT_KEY", "DEVICE_PROBLEM_CODE");
    static final List<String> MASTER_HEADER = List.of("MDR_REPORT_KEY", "EVENT_KEY", "REPORT_NUMBER",
            "REPORT_SOURCE_CODE", "MANUFACTURER_LINK_FLAG_", "NUMBER_DEVICES_IN_EVENT", "NUMBER_PATIENTS_IN_EVENT",
            "DATE_RECEIVED", "ADVERSE_EVENT_FLAG", "PRODUCT_PROBLEM_FLAG", "DATE_REPORT", "DATE_OF_EVENT");

    @Override
    public String id() {
        return "maude";
    }

    @Override
    public String description() {
        return "FDA MAUDE bulk files (mdrfoi, foidev/device, foitext, foidevproblem), joined on MDR_REPORT_KEY";
    }

    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        Charset charset = options.charset() == null ? StandardCharsets.ISO_8859_1 : options.charset();
        Map<String, List<Path>> byRole = new HashMap<>();
        for (Path file : files) {
            byRole.computeIfAbsent(MaudeFileRoles.role(file), r -> new ArrayList<>()).add(file);
        }
        Reports reports = new Reports();
        Rejects rejects = new Rejects();
        List<FileCount> counts = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        Progress progress = new Progress(options, total);
        boolean hasMaster = byRole.containsKey("mdrfoi");
        List<Path> masters = new ArrayList<>(byRole.getOrDefault("mdrfoi", List.of()));
        masters.sort(java.util.Comparator.comparingInt(MaudeFileRoles::releaseOrder));
        for (Path file : masters) {
            counts.add(readMaster(file, charset, reports, rejects, progress));
        }
        for (Path file : byRole.getOrDefault("device", List.of())) {
            counts.add(readSide(file, charset, "device", null, reports, rejects, progress, hasMaster));
        }
        for (Path file : byRole.getOrDefault("foidevproblem", List.of())) {
            counts.add(readSide(file, charset, "foidevproblem", PROBLEM_HEADER, reports, rejects, progress,
                    hasMaster));
        }
        for (Path file : byRole.getOrDefault("foitext", List.of())) {
            counts.add(readSide(file, charset, "foitext", TEXT_HEADER, reports, rejects, progress, hasMaster));
        }
        progress.done();
        return new ImportResult(reports.build(options.source() == null ? "MAUDE" : options.source()), id(), counts,
                rejects.problems());
    }

    /** A damaged or truncated archive: the file and how many records were read before the damage. */
    private static IOException damaged(Path file, long read, IOException cause) {
        return new IOException(file + ": the archive is damaged or truncated after " + read + " records ("
                + cause.getMessage() + ")", cause);
    }

    /**
     * A second master record for a report already read. Identical: a plain duplicate. From a change file: it
     * replaces the earlier version. Otherwise the two disagree and neither is a correction of the other: the
     * more serious event type is kept (a death must not disappear behind a malfunction), the first on a tie, and
     * a warning names both locations and which one was kept.
     */
    private static void merge(Report report, int received, int eventDay, EventType type, SourceLocation where,
                              boolean change, Rejects rejects) {
        if (report.received == received && report.eventDay == eventDay && report.type == type) {
            return;
        }
        SourceLocation earlier = report.where;
        if (change) {
            rejects.note(Problem.note("maude-changed", where, "report " + report.key
                    + " replaced by the change file; the earlier version was at " + earlier.toString()
                    + " (" + report.type.word() + ")").build());
        } else {
            boolean keepNew = type.ordinal() < report.type.ordinal();
            rejects.note(Problem.warning("maude-conflicting-duplicate", where, "MDR_REPORT_KEY " + report.key
                            + " appears twice with different content: " + earlier.toString() + " ("
                            + report.type.word() + ") and here (" + type.word() + "); kept the version "
                            + (keepNew ? "here" : "at " + earlier.toString()) + " (the more serious event type)")
                    .hint("give the release's change files to let FDA's corrections decide").build());
            if (!keepNew) {
                return;
            }
        }
        report.received = received;
        report.eventDay = eventDay;
        report.type = type;
        report.where = where;
    }

    /** The record's MDR_REPORT_KEY, or -1 after rejecting a record that is malformed or has no numeric key. */
    private static long keyOrReject(MaudeRecords records, String[] fields, int keyColumn, SourceLocation where,
                                    Rejects rejects) {
        if (records.malformed != null) {
            rejects.reject("maude-malformed", where, records.malformed, "", records.header().size() + " fields");
            return -1;
        }
        long key = MaudeRecords.key(MaudeRecords.field(fields, keyColumn));
        if (key < 0) {
            rejects.reject("maude-bad-key", where, "MDR_REPORT_KEY is not a number",
                    MaudeRecords.field(fields, keyColumn), "digits");
        }
        return key;
    }

    private FileCount readMaster(Path file, Charset charset, Reports reports, Rejects rejects, Progress progress)
            throws IOException {
        long read = 0;
        long loaded = 0;
        long duplicates = 0;
        boolean change = MaudeFileRoles.releaseOrder(file) == 2;
        try (MaudeRecords records = new MaudeRecords(file, charset, MASTER_HEADER, null)) {
            int keyColumn = records.column("MDR_REPORT_KEY");
            int typeColumn = records.column("EVENT_TYPE");
            int receivedColumn = records.column("DATE_RECEIVED");
            int eventColumn = records.column("DATE_OF_EVENT");
            String[] fields;
            while ((fields = records.next()) != null) {
                read++;
                progress.at(records.label(), records.bytesRead());
                SourceLocation where = SourceLocation.of(records.label(), records.line);
                long key = keyOrReject(records, fields, keyColumn, where, rejects);
                if (key < 0) {
                    continue;
                }
                String typeText = MaudeRecords.field(fields, typeColumn);
                var type = EventType.parse(typeText);
                if (type.isEmpty()) {
                    rejects.reject("maude-bad-event-type", where.atColumn(typeColumn + 1), "unknown EVENT_TYPE",
                            typeText, "D, IN, IL, IJ, M, O or *");
                    continue;
                }
                int received = DateBytes.parse(MaudeRecords.field(fields, receivedColumn));
                int eventDay = DateBytes.parse(MaudeRecords.field(fields, eventColumn));
                if (received == DateBytes.INVALID || eventDay == DateBytes.INVALID) {
                    int column = received == DateBytes.INVALID ? receivedColumn : eventColumn;
                    rejects.reject("maude-bad-date", where.atColumn(column + 1), "not a date",
                            MaudeRecords.field(fields, column), "MM/DD/YYYY, YYYY-MM-DD, YYYYMMDD or *");
                    continue;
                }
                loaded++;
                Report report = reports.get(key);
                if (report != null) {
                    duplicates++;
                    merge(report, received, eventDay, type.get(), where, change, rejects);
                    continue;
                }
                report = reports.add(key, where);
                report.received = received;
                report.eventDay = eventDay;
                report.type = type.get();
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw damaged(file, read, e);
        }
        return new FileCount(file.toString(), "mdrfoi", read, loaded, read - loaded, duplicates);
    }

    private FileCount readSide(Path file, Charset charset, String role, List<String> defaultHeader, Reports reports,
                               Rejects rejects, Progress progress, boolean hasMaster) throws IOException {
        long read = 0;
        long loaded = 0;
        long duplicates = 0;
        Set<Long> textKeys = new HashSet<>();
        String textColumnName = role.equals("foitext") ? "FOI_TEXT" : null;
        try (MaudeRecords records = new MaudeRecords(file, charset,
                defaultHeader == null ? List.of("MDR_REPORT_KEY", "DEVICE_EVENT_KEY", "IMPLANT_FLAG",
                        "DATE_REMOVED_FLAG", "DEVICE_SEQUENCE_NO", "DATE_RECEIVED", "BRAND_NAME", "GENERIC_NAME",
                        "MANUFACTURER_D_NAME", "DEVICE_REPORT_PRODUCT_CODE", "MODEL_NUMBER") : defaultHeader,
                textColumnName)) {
            int keyColumn = records.column("MDR_REPORT_KEY");
            String[] fields;
            while ((fields = records.next()) != null) {
                read++;
                progress.at(records.label(), records.bytesRead());
                SourceLocation where = SourceLocation.of(records.label(), records.line);
                long key = keyOrReject(records, fields, keyColumn, where, rejects);
                if (key < 0) {
                    continue;
                }
                Report report = reports.get(key);
                if (report == null && hasMaster) {
                    rejects.reject("maude-no-master", where, "no master (mdrfoi) record for report " + key,
                            String.valueOf(key), "a report key of the master file");
                    continue;
                }
                if (report == null) {
                    report = reports.add(key, where);
                }
                switch (role) {
                    case "device" -> {
                        String code = MaudeRecords.field(fields, records.column("DEVICE_REPORT_PRODUCT_CODE"));
                        if (!code.isEmpty() && !code.equals("*")) {
                            report.products.add(code);
                        }
                    }
                    case "foidevproblem" -> {
                        String code = MaudeRecords.field(fields, records.column("DEVICE_PROBLEM_CODE"));
                        if (!code.isEmpty()) {
                            report.problems.add(code);
                        }
                    }
                    default -> {
                        long textKey = MaudeRecords.key(MaudeRecords.field(fields, records.column("MDR_TEXT_KEY")));
                        if (textKey >= 0 && !textKeys.add(textKey)) {
                            duplicates++;
                            loaded++;
                            continue;
                        }
                        String type = MaudeRecords.field(fields, records.column("TEXT_TYPE_CODE"));
                        String text = MaudeRecords.field(fields, records.column("FOI_TEXT"));
                        report.texts.add(new TextPart(rank(type), textKey, text));
                    }
                }
                loaded++;
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw damaged(file, read, e);
        }
        return new FileCount(file.toString(), role, read, loaded, read - loaded, duplicates);
    }

    /** Event description (D) first, then evaluation summary (E), additional narrative (N), others. */
    private static int rank(String type) {
        return switch (type) {
            case "D" -> 0;
            case "E" -> 1;
            case "N" -> 2;
            default -> 3;
        };
    }

    record TextPart(int rank, long key, String text) {
    }

    static final class Report {
        final long key;
        SourceLocation where;
        int received = IncidentStore.NO_DATE;
        int eventDay = IncidentStore.NO_DATE;
        EventType type = EventType.NO_ANSWER;
        final Set<String> products = new LinkedHashSet<>(2);
        final Set<String> problems = new LinkedHashSet<>(2);
        final List<TextPart> texts = new ArrayList<>(2);

        Report(long key, SourceLocation where) {
            this.key = key;
            this.where = where;
        }
    }

    /** The reports in order of first appearance, by key. */
    static final class Reports {
        private final Map<Long, Report> byKey = new HashMap<>();
        private final List<Report> ordered = new ArrayList<>();

        Report get(long key) {
            return byKey.get(key);
        }

        Report add(long key, SourceLocation where) {
            Report report = new Report(key, where);
            byKey.put(key, report);
            ordered.add(report);
            return report;
        }

        IncidentStore build(String source) {
            IncidentStoreBuilder builder = IncidentStore.builder();
            for (Report report : ordered) {
                report.texts.sort((x, y) -> x.rank() != y.rank() ? Integer.compare(x.rank(), y.rank())
                        : Long.compare(x.key(), y.key()));
                String narrative = String.join("\n", report.texts.stream().map(TextPart::text).toList());
                builder.add(new Incident(String.valueOf(report.key), day(report.received), day(report.eventDay),
                        report.type, String.join("; ", report.products), String.join("; ", report.problems),
                        List.of(), List.of(), "", narrative, source, report.where));
            }
            return builder.build();
        }

        private static LocalDate day(int epochDay) {
            return epochDay == IncidentStore.NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
        }
    }

    /** Reports bytes done over all files, every 64k records. */
    private static final class Progress {
        private final ImportOptions options;
        private final long total;
        private long before;
        private long calls;
        private String lastLabel = "";
        private long lastBytes;

        Progress(ImportOptions options, long total) {
            this.options = options;
            this.total = total;
        }

        void at(String label, long bytes) {
            if (!label.equals(lastLabel)) {
                before += lastBytes;
                lastLabel = label;
            }
            lastBytes = bytes;
            if ((++calls & 0xFFFF) == 0) {
                options.progress().progress(label, before + bytes, total);
            }
        }

        void done() {
            options.progress().progress(lastLabel, total, total);
        }
    }
}
