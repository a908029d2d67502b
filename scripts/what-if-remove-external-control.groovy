// %% [markdown]
// # What if an external risk control were removed?
//
// Workspace: `datasets/infusion-pump` (fictional IPC-3000 infusion pump). Under IEC 62304 only controls
// external to the software (hardware, independent systems, human procedures) may lower a software safety class.
// This script removes such controls one at a time and shows what changes: the zone of the hazards they
// controlled and, where an item's class rests on them, the class, the reason and the 62304 activities.
//
// Run it: `./hazlab run scripts/what-if-remove-external-control.groovy --out reports/what-if`
// %%
import groovy.transform.BaseScript
import org.hazlab.dsl.HazlabScript
@BaseScript HazlabScript hazlab

def pump = workspace('datasets/infusion-pump').model
def zones = { model, ids -> classification(model).hazards.findAll { it.hazardId in ids }
        .collect { "${it.hazardId}: ${it.cell.probability} x ${it.cell.severity} = ${it.cell.zone}" } }
println "baseline:          " + zones(pump, ['HZ-013', 'HZ-002'])
// %% [markdown]
// ## The air-in-line shut-off and the motor watchdog
// Without the hardware air-in-line shut-off `RC-HW-04`, HZ-013 (air embolism, Catastrophic) is no longer
// reduced to Improbable: Frequent x Catastrophic is `H`. Without the watchdog `RC-HW-05`, HZ-002 goes from
// `M` to `H`. No class changes, though: every item of the pump is already class C (HZ-002 decides it), except
// the segregated event logger, which names neither hazard.
// %%
def noAirShutOff = whatIf(pump, 'no air-in-line shut-off') { removeControl 'RC-HW-04' }
def noWatchdog = whatIf(pump, 'no motor watchdog') { removeControl 'RC-HW-05' }
println "no RC-HW-04:       " + zones(noAirShutOff, ['HZ-013'])
println "no RC-HW-05:       " + zones(noWatchdog, ['HZ-002'])
compare(pump, noAirShutOff, noWatchdog).summary()
// %% [markdown]
// ## Where a class rests on an external control
// The README's proposal: run the battery management `IPC-BATT` on the power-management microcontroller and
// claim segregation. It drops to class A because its hazards are acceptable after two hardware controls: the
// fuel-gauge comparator `RC-HW-07` (to Remote) and the thermal fuse `RC-HW-08`. Remove the comparator and the
// class goes back to C, with the 62304 activities that come with it.
// %%
def segregated = whatIf(pump, 'battery segregated') {
    segregate 'IPC-BATT', 'runs on the power-management microcontroller, own memory, one-way status link'
}
def noFuelGauge = whatIf(segregated, 'segregated, no fuel-gauge comparator') { removeControl 'RC-HW-07' }
def cmp = compare(segregated, noFuelGauge)
save cmp, 'remove-external-control.csv'
cmp.table().selectColumns('scenario', 'item', 'from', 'to', 'because', 'activities added')
// %%
explain noFuelGauge, 'IPC-BATT'
