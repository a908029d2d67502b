// %% [markdown]
// # Periodic review of field data (IEC 62304 clause 9.6)
//
// Scheduled job: trend the incident reports of one period against the risk analysis, flag signals, and raise
// reassessment triggers when the field shows harm worse or more frequent than the hazard log assumed.
// Workspace: `datasets/infusion-pump` (fictional IPC-3000), three years of synthetic incident reports.
//
// Run it (the exit code tells a scheduler what happened, docs/periodic-review.md):
//
//     ./hazlab run scripts/periodic-review.groovy -p period=2026-Q3 --out reports/ --as-of 2026-10-15
//
// - exit 0: reviewed, no trigger; exit 3: reviewed, triggers to act on (listed, and in the reports);
// - exit 1: the review could not run (invalid workspace, unreadable file).
//
// Outputs in `--out`: `review-<period>/` with the Markdown, HTML and JSON reports, and
// `review-history.jsonl`, the hash-chained history (`hazlab history verify reports/review-history.jsonl`).
// %%
import groovy.transform.BaseScript
import org.hazlab.dsl.HazlabScript
@BaseScript HazlabScript hazlab

def period = param('period', '2026-Q3')
def folder = param('workspace', 'datasets/infusion-pump')
def pump = workspace(folder)
println "${pump.name}: ${pump.incidents.rowCount()} incident reports, reviewing ${period}"
// %% [markdown]
// ## Linking reports to hazards
// About one report in five names its hazard; the rest are linked by what their narratives say. Each rule
// below reads "a report whose narrative contains one of these phrases concerns this hazard". A report may link
// to several hazards; reports that match nothing are listed in the reports, never dropped.
// %%
def keywords = [
    'HZ-001': ['FREE FLOW'],
    'HZ-002': ['FASTER THAN PROGRAMMED'],
    'HZ-003': ['DOSE CALCULATION'],
    'HZ-004': ['PROGRAMMING ERROR'],
    'HZ-006': ['WRONG DOSING UNITS'],
    'HZ-007': ['OUTDATED DRUG LIBRARY'],
    'HZ-009': ['DID NOT ALARM FOR A DOWNSTREAM OCCLUSION'],
    'HZ-010': ['LOW RATE OF', 'LOW FLOW RATE', 'LOW-RATE'],
    'HZ-011': ['AFTER AN OCCLUSION ALARM WAS CLEARED'],
    'HZ-012': ['FALSE OCCLUSION', 'NUISANCE OCCLUSION', 'ALTHOUGH THE LINE WAS PATENT'],
    'HZ-013': ['NO AIR IN LINE ALARM'],
    'HZ-015': ['AIR IN LINE REPEATEDLY'],
    'HZ-016': ['NO AUDIBLE ALARM'],
    'HZ-017': ['AUDIO PAUSED'],
    'HZ-019': ['WITHOUT A LOW BATTERY ALARM'],
    'HZ-020': ['BATTERY INDICATOR SHOWED'],
    'HZ-021': ['NEAR THE BATTERY COMPARTMENT'],
    'HZ-022': ['EVENT LOG WAS FOUND TO BE MISSING'],
    'HZ-025': ['SCREEN FROZE'],
    'HZ-026': ['POWER-ON SELF TEST'],
    'HZ-029': ['SENT TO THE EMR'],
    'HZ-030': ['DRUG LIBRARY DOWNLOAD WAS INTERRUPTED'],
    'HZ-032': ['VTBI FIELD'],
    'HZ-034': ['SECONDARY INFUSION'],
]
// %% [markdown]
// ## What the post-market surveillance plan says
// The installed base per quarter (units in use; the review converts it to device-years, the unit of the
// policy's probability bands), the expected number of non-serious incident reports per quarter (MDR Art. 88
// trend reporting compares with it), and the device's MDR class (IIb: a PSUR every year). Illustrative figures.
// %%
def installedBase = [:]
(0..<12).each { i ->
    int year = 2023 + (i + 3).intdiv(4)
    installedBase["${year}-Q${(i + 3) % 4 + 1}".toString()] = 100000 + 2000 * i
}
def plan = [expectedNonSerious: ['*': 150], deviceClass: 'IIb']
// %% [markdown]
// ## The review
// Counts per quarter per hazard and item, control charts (c or u chart; Laney u' only where the baseline is
// overdispersed), Poisson CUSUM (h chosen for an in-control ARL of 370 quarters) and EWMA against the baseline
// quarters, disproportionality (PRR, ROR, chi-square, IC, EBGM with a prior fitted to the review's pairs), and
// the triggers: harm worse than assumed, a credited control that does not perform as claimed (reclassified
// without its credit), a rate above the assumed band, non-serious incidents above the plan, a new signal, a
// class change. The review appends one record to the history and writes the reports.
// %%
def result = review(pump, period: period, keywords: keywords, exposure: installedBase,
        expectedNonSerious: plan.expectedNonSerious, deviceClass: plan.deviceClass,
        history: 'review-history.jsonl', out: "review-${period}")
result.hazardTrends().where(result.hazardTrends().stringColumn('period').isEqualTo(period.toString()))
// %%
result.signals()
// %% [markdown]
// ## Reassessment triggers
// Each trigger names its evidence and the action: which hazard and which items to reassess. A run with
// triggers ends with exit code 3, so the scheduler can tell "ran and found something" from "broke".
// %%
findings(result.triggerTable(), "reassessment triggers for ${period}")
