package org.hazlab.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.RiskPolicies;

/** The smallest models and incident sets a review test needs: one item, serious and remote hazards on it. */
public final class SmallReviews {

    private SmallReviews() {
    }

    /** Item X with the given hazards on it, each Serious and Remote, under the default policy. */
    public static SafetyModel itemWithHazards(String... hazardIds) {
        SafetyModel.Builder builder = SafetyModel.builder(RiskPolicies.defaultPolicy())
                .item(SoftwareItem.of("X", "X").withOrigin(Origin.of("items.csv", 2)));
        for (int i = 0; i < hazardIds.length; i++) {
            builder.hazard(new Hazard(hazardIds[i], "", List.of("X"), "s", "h", "Serious", "Remote", List.of(), "",
                    Origin.of("hazards.csv", i + 2)));
        }
        return builder.build().modelIfValid().orElseThrow();
    }

    /** {@code count} malfunction reports R0, R1, ... of {@code hazard}, one every 15 days from 2025-01-01. */
    public static IncidentStore fortnightlyReports(int count, String hazard) {
        List<Incident> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Incident("R" + i, LocalDate.of(2025, 1, 1).plusDays(15L * i), null, EventType.MALFUNCTION,
                    "FRN", "", List.of(hazard), List.of(), "", "", "", null));
        }
        return IncidentStore.of(rows);
    }
}
