// %% [markdown]
// # What if we add a dosage recommendation module?
//
// An inline model (no files): the software of a small, fictional syringe driver, class B. Adding a module that
// recommends doses brings a hazard whose worst harm is a serious injury and whose only external control, a
// pharmacist's review, leaves the risk in the ALARP zone: the system moves from class B to C, and every item
// that is not segregated follows. A second scenario shows what would keep the module's risk acceptable.
//
// Run it: `./hazlab run scripts/what-if-dosage-module.groovy`
// %%
import groovy.transform.BaseScript
import org.hazlab.dsl.HazlabScript
@BaseScript HazlabScript hazlab

def driver = system('Syringe driver lite', id: 'SDL') {
    item 'SDL-UI', name: 'User interface'
    item 'SDL-MOT', name: 'Motor control'
    item 'SDL-LOG', name: 'Event log', noContribution: 'writes a local log that no function reads back'
    hazard 'HZ-1', title: 'over-infusion from motor runaway', items: ['SDL-MOT'], severity: 'Critical',
            probability: 'Occasional'
    hazard 'HZ-2', title: 'frozen display hides the infusion status', items: ['SDL-UI'], severity: 'Minor',
            probability: 'Probable'
    control 'RC-HW-1', kind: 'hardware', reduces: 'probability', to: 'Improbable', on: ['HZ-1'],
            description: 'hardware over-speed cut-off, independent of the software'
}
classify(driver).selectColumns('item', 'class', 'because')
// %%
def withDosing = whatIf(driver, 'dosage recommendation') {
    addItem 'SDL-DOSE', name: 'Dosage recommendation'
    addHazard 'HZ-3', title: 'recommended dose too high', items: ['SDL-DOSE'], severity: 'Critical',
            probability: 'Remote'
    addControl 'RC-HUM-1', kind: 'human', reduces: 'probability', to: 'Occasional', on: ['HZ-3'],
            description: 'a pharmacist reviews every recommendation before it is used'
}
def withCheck = whatIf(withDosing, 'dosage recommendation + independent check') {
    addControl 'RC-IND-1', kind: 'independent-system', reduces: 'probability', to: 'Remote', on: ['HZ-3'],
            description: 'an independent dose-limit server rejects doses above the drug library limit'
}
def cmp = compare(driver, withDosing, withCheck)
assert cmp.table().where(cmp.table().stringColumn('item').isEqualTo('SDL')).stringColumn('to').asList() == ['C']
cmp
// %%
explain withDosing, 'SDL'
