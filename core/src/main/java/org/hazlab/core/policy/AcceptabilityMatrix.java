package org.hazlab.core.policy;

import java.util.List;

/**
 * The policy's risk acceptability matrix: for each probability level (row) and severity level (column) a zone
 * label such as L, M or H. Zones are ordered from most to least acceptable, and the policy names the first zone
 * that counts as "unacceptable" for IEC 62304 step 2, because plans differ on whether an ALARP zone does.
 *
 * @param zones            zone labels, most acceptable first (e.g. L, M, H)
 * @param zoneMeanings     one phrase per zone (e.g. "acceptable", "as low as reasonably practicable")
 * @param cells            cells[probabilityRank-1][severityRank-1]
 * @param unacceptableFrom the first zone that counts as unacceptable
 */
public record AcceptabilityMatrix(List<String> zones, List<String> zoneMeanings, List<List<String>> cells,
                                  String unacceptableFrom) {

    public AcceptabilityMatrix {
        zones = List.copyOf(zones);
        zoneMeanings = List.copyOf(zoneMeanings);
        cells = cells.stream().map(List::copyOf).toList();
        if (!zones.contains(unacceptableFrom)) {
            throw new IllegalArgumentException("unacceptableFrom " + unacceptableFrom + " is not a zone " + zones);
        }
    }

    public String zone(Level probability, Level severity) {
        return cells.get(probability.rank() - 1).get(severity.rank() - 1);
    }

    public boolean isUnacceptable(Level probability, Level severity) {
        return zones.indexOf(zone(probability, severity)) >= zones.indexOf(unacceptableFrom);
    }

    public String meaningOf(String zone) {
        int index = zones.indexOf(zone);
        return index >= 0 && index < zoneMeanings.size() ? zoneMeanings.get(index) : zone;
    }
}
