// %% [markdown]
// # What does each class rest on? A sweep and a sensitivity analysis
//
// Workspace: `datasets/infusion-pump`. `sensitivity` negates every single assumption of the model in turn (a
// control removed or made internal, a severity or probability one level up or down, a segregation claimed or
// revoked) and lists the items whose class would move: what an auditor should look at first. `sweep` runs a
// grid of assumptions and tabulates the classes.
//
// Run it: `./hazlab run scripts/sweep-and-sensitivity.groovy --out reports/sensitivity`
// Parameter: `-p item=IPC-LOG` picks the item whose assumptions are listed (default IPC-LOG).
// %%
import groovy.transform.BaseScript
import org.hazlab.dsl.HazlabScript
@BaseScript HazlabScript hazlab

def pump = workspace('datasets/infusion-pump').model
def item = param('item', 'IPC-LOG')
def s = sensitivity(pump)
save s.summary(), 'sensitivity-summary.csv'
save s, 'sensitivity.csv'
println "${s.assumptions()} single assumptions tried"
s.summary().where(s.summary().intColumn('up').isGreaterThan(0).or(s.summary().intColumn('down').isGreaterThan(0)))
// %%
def rows = s.table()
rows.where(rows.stringColumn('item').isEqualTo(item))
// %% [markdown]
// ## The grid
// The segregated event logger against its own severities, and the battery management against its segregation
// claim and its fuel-gauge comparator: 5 x 2 x 2 = 20 variants.
// %%
def grid = sweep(pump) {
    vary severity: 'HZ-022'
    vary segregation: 'IPC-BATT', rationale: 'runs on the power-management microcontroller'
    vary control: 'RC-HW-07'
}
save grid, 'sweep.csv'
grid.table().selectColumns('HZ-022 severity', 'IPC-BATT segregated', 'RC-HW-07', 'changed', 'system', 'IPC-LOG',
        'IPC-BATT')
