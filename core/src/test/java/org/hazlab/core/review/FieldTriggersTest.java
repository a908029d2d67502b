package org.hazlab.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.review.trigger.Trigger;
import org.hazlab.core.review.trigger.TriggerKind;
import org.junit.jupiter.api.Test;

/**
 * Field data reaching the class: a death on a Critical hazard, a control whose claimed level the field rate
 * exceeds, non-serious incidents above the PMS plan, the report cadence, and data quality.
 */
public class FieldTriggersTest {

    /**
     * Item PUMP carries H-CRIT (Critical, no control: class C). Item ALARM carries H-CTRL (Critical), whose
     * hardware control RC-HW claims Improbable: Improbable x Critical is acceptable, so ALARM (segregated) is
     * class A.
     */
    public static SafetyModel model() {
        return SafetyModel.builder(RiskPolicies.defaultPolicy())
                .item(SoftwareItem.of("PUMP", "Pump control").withOrigin(Origin.of("items.csv", 2)))
                .item(SoftwareItem.of("ALARM", "Alarm").withSegregation(true, "own alarm processor")
                        .withOrigin(Origin.of("items.csv", 3)))
                .hazard(new Hazard("H-CRIT", "Over-infusion", List.of("PUMP"), "s", "h", "Critical", "Remote",
                        List.of(), "", Origin.of("hazards.csv", 2)))
                .hazard(new Hazard("H-CTRL", "Missed occlusion", List.of("ALARM"), "s", "h", "Critical", "Remote",
                        List.of("RC-HW"), "", Origin.of("hazards.csv", 3)))
                .control(new RiskControl("RC-HW", "pressure comparator", ControlKind.HARDWARE, true,
                        RiskFactor.PROBABILITY, "Improbable", null, Origin.of("controls.csv", 2)))
                .build().modelIfValid().orElseThrow();
    }

    public static IncidentStore incidents() {
        List<Incident> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 7, 1);
        int id = 0;
        for (int quarter = 0; quarter < 9; quarter++) {
            LocalDate day = start.plusMonths(3L * quarter).plusDays(5);
            int malfunctions = quarter == 8 ? 12 : 2;
            for (int i = 0; i < malfunctions; i++) {
                rows.add(new Incident("M" + id++, day.plusDays(i), null, EventType.MALFUNCTION, "FRN", "",
                        List.of("H-CRIT"), List.of(), "", "", "", null));
            }
            rows.add(new Incident("U" + id++, day, null, EventType.OTHER, "FRN", "", List.of(), List.of(), "", "",
                    "", null));
        }
        LocalDate q3 = LocalDate.of(2026, 8, 1);
        rows.add(new Incident("DEATH-1", q3, null, EventType.DEATH, "FRN", "", List.of("H-CRIT"), List.of(), "DEATH",
                "", "", null));
        rows.add(new Incident("INJ-1", q3, null, EventType.INJURY, "FRN", "", List.of("H-CTRL"), List.of(),
                "REQUIRED INTERVENTION", "", "", null));
        rows.add(new Incident("INJ-2", q3.plusDays(1), null, EventType.INJURY, "FRN", "", List.of("H-CTRL"),
                List.of(), "HOSPITALIZATION", "", "", null));
        return IncidentStore.of(rows);
    }

    public static ReviewOptions options() {
        Map<String, Double> exposure = new TreeMap<>();
        for (Period p = Period.parse("2024-Q3"); p.compareTo(Period.parse("2026-Q3")) <= 0; p = p.plus(1)) {
            exposure.put(p.toString(), 4000.0);
        }
        return ReviewOptions.forPeriod("2026-Q3").withExposure(exposure)
                .withPlan(SurveillancePlan.DEFAULTS.withDeviceClass("IIb")
                        .withExpectedNonSerious(Map.of("H-CRIT", 2.0)));
    }

    private static Trigger only(ReviewResult result, TriggerKind kind, String hazard) {
        List<Trigger> found = result.triggers().stream().filter(t -> t.kind() == kind && t.hazard().equals(hazard))
                .toList();
        assertEquals(1, found.size(), result.triggers().toString());
        return found.get(0);
    }

    @Test
    void deathOnACriticalHazardIsHarmWorseThanAssumed() {
        ReviewResult result = PeriodicReview.analyse(model(), incidents(), options());
        Trigger harm = only(result, TriggerKind.HARM_WORSE_THAN_ASSUMED, "H-CRIT");
        assertEquals(List.of("DEATH-1"), harm.evidence());
        assertTrue(harm.finding().contains("1 death report(s) linked to H-CRIT, whose assumed severity Critical maps "
                + "to serious injury"), harm.finding());
        assertTrue(harm.action().contains("(assumed Critical)"), harm.action());
        // serious injuries on a Critical hazard are what was assumed
        assertTrue(result.triggers().stream().noneMatch(t -> t.kind() == TriggerKind.HARM_WORSE_THAN_ASSUMED
                && t.hazard().equals("H-CTRL")));
    }

    /**
     * 2 injuries on H-CTRL over 4000 units in use for a quarter (1000 device-years): 2e-3 per device-year, above
     * Improbable's 1e-6 that RC-HW claims; without RC-HW's credit H-CTRL is Frequent x Critical = H and ALARM
     * goes from A to C.
     */
    @Test
    void controlWhoseClaimedLevelTheFieldRateExceeds() {
        ReviewResult result = PeriodicReview.analyse(model(), incidents(), options());
        assertEquals(2e-3, result.hazard("H-CTRL").orElseThrow().observedRate(), 1e-15);
        Trigger control = only(result, TriggerKind.CONTROL_EFFECTIVENESS, "H-CTRL");
        assertEquals(List.of("INJ-1", "INJ-2"), control.evidence());
        assertEquals(1, control.classChanges().size(), control.classChanges().toString());
        Trigger.ClassShift shift = control.classChanges().get(0);
        assertEquals("ALARM", shift.item());
        assertEquals("A", shift.from());
        assertEquals("C", shift.to());
        assertTrue(shift.activitiesAdded().contains("5.1.4"), shift.activitiesAdded());
        assertTrue(control.finding().contains("control RC-HW does not perform as claimed"), control.finding());
        assertTrue(control.finding().contains("0.00200 per device-year, above the upper bound 1.00e-06 of Improbable"),
                control.finding());
        assertTrue(control.finding().contains("ALARM A -> C"), control.finding());
        assertEquals("2026-Q3: 4000 units in use x 0.25 = 1000 device-years",
                result.options().exposure().describe(result.period()));
    }

    @Test
    void nonSeriousIncidentsAboveThePlanRaiseATrendReport() {
        ReviewResult result = PeriodicReview.analyse(model(), incidents(), options());
        Trigger trend = only(result, TriggerKind.TREND_REPORT, "H-CRIT");
        assertEquals(12, trend.evidence().size());
        Findings.TrendComparison comparison = result.findings().trends().get(0);
        assertEquals(12, comparison.observed());
        // P(X >= 12 | Poisson 2) = 1 - sum_{x<12} e^-2 2^x / x!
        double cdf = 0;
        double term = Math.exp(-2);
        for (int x = 0; x < 12; x++) {
            cdf += term;
            term *= 2.0 / (x + 1);
        }
        assertEquals(1 - cdf, comparison.pValue(), 1e-12);
        assertTrue(comparison.significant());
    }

    @Test
    void cadenceDataQualityAndParametersAreReported() {
        ReviewResult result = PeriodicReview.analyse(model(), incidents(), options());
        Findings.Cadence cadence = result.findings().cadence();
        assertEquals("PSUR", cadence.report());
        assertEquals(LocalDate.of(2027, 9, 30), cadence.nextDue());
        assertTrue(result.findings().dataQuality().isEmpty(), result.findings().dataQuality().toString());
        ReviewResult strict = PeriodicReview.analyse(model(), incidents(),
                options().withPlan(options().plan().withUnlinkedShareLimit(0.05)));
        assertFalse(strict.findings().dataQuality().isEmpty());
        assertTrue(strict.findings().dataQuality().get(0).startsWith("6 % of the period's reports (1 of 16)"),
                strict.findings().dataQuality().get(0));
        ReviewResult monthlyUnstated = PeriodicReview.analyse(model(), incidents(), ReviewOptions.forPeriod("2026-Q3"));
        assertEquals(null, monthlyUnstated.findings().cadence().nextDue());
    }

    @Test
    void eventOfInterestChangesTheTable() {
        ReviewResult any = PeriodicReview.analyse(model(), incidents(), options());
        ReviewResult death = PeriodicReview.analyse(model(), incidents(), options().withParameters(
                SignalParameters.DEFAULTS.withEventOfInterest(EventOfInterest.DEATH)));
        assertEquals(2, any.hazard("H-CTRL").orElseThrow().reviewHarmCount());
        assertEquals(0, death.hazard("H-CTRL").orElseThrow().reviewHarmCount());
        assertEquals(1, death.hazard("H-CRIT").orElseThrow().reviewHarmCount());
        assertTrue(death.signals().name().contains("event: death"), death.signals().name());
    }
}
