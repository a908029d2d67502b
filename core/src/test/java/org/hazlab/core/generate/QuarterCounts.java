package org.hazlab.core.generate;

import java.util.Map;
import java.util.TreeMap;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawTable;

/** Rows of one hazard per calendar quarter of the date received, for the trend assertions. */
record QuarterCounts(String hazard, Map<String, Integer> counts) {

    static QuarterCounts of(RawTable table, String hazard) {
        int received = IncidentCsv.HEADER.indexOf("date_received");
        int hazards = IncidentCsv.HEADER.indexOf("hazards");
        Map<String, Integer> counts = new TreeMap<>();
        for (RawRow row : table.rows()) {
            if (row.cell(hazards).equals(hazard)) {
                String date = row.cell(received);
                int quarter = (Integer.parseInt(date.substring(5, 7)) - 1) / 3 + 1;
                counts.merge(date.substring(0, 4) + "-Q" + quarter, 1, Integer::sum);
            }
        }
        return new QuarterCounts(hazard, counts);
    }

    int in(String quarter) {
        return counts.getOrDefault(quarter, 0);
    }

    double mean2024() {
        return (in("2024-Q1") + in("2024-Q2") + in("2024-Q3") + in("2024-Q4")) / 4.0;
    }
}
