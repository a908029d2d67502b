// %% [markdown]
// # From an empty workspace to class C, and back to B with an external control
//
// A walkthrough for newcomers to IEC 62304 software safety classification. Step through it in the shell with
// `:step scripts/training/from-empty-to-class-c-and-back.groovy` (Enter runs the next cell), or run it headless
// with `hazlab run scripts/training/from-empty-to-class-c-and-back.groovy`.
//
// We build a tiny model in the DSL: one software system, one item, two hazards, one control. After every change
// we classify again and read the item's decision path aloud.

// %% [markdown]
// ## 1. An empty workspace
//
// A software system with no items and no hazards cannot be analysed: IEC 62304 4.3 says class C applies until
// a class is assigned.

// %%
def demo = system('Demo infusion pump', id: 'DEMO') { }
assert classification(demo).system().label() == 'C'
classify demo

// %% [markdown]
// ## 2. One software item, not yet analysed
//
// We add the dose calculation. No hazard names it yet, so it is also class C "until a class is assigned".

// %%
demo = system(demo) { item 'DOSE', name: 'Dose calculation' }
assert classification(demo).item('DOSE').get().label() == 'C'
explain demo, 'DOSE'

// %% [markdown]
// ## 3. A hazard with minor harm: class B
//
// The programmed dose can be misread on the display (minor harm). Software failure is taken as certain
// (probability 1), so the risk is Frequent x Minor, zone M: unacceptable under the default policy. Step 3 then
// asks for the worst possible harm, a non-serious injury: class B.

// %%
demo = system(demo) {
    hazard 'HZ-1', items: ['DOSE'], title: 'Dose misread on the display', severity: 'Minor', probability: 'Remote'
}
assert classification(demo).item('DOSE').get().label() == 'B'
explain demo, 'DOSE'

// %% [markdown]
// ## 4. A hazard that could kill: class C
//
// A calculation error could overdose a critical drug: severity Critical maps to serious injury, so the item is
// class C. This is where most infusion pump software starts.

// %%
demo = system(demo) {
    hazard 'HZ-2', items: ['DOSE'], title: 'Overdose from a calculation error', severity: 'Critical',
        probability: 'Remote'
}
assert classification(demo).item('DOSE').get().label() == 'C'
explain demo, 'DOSE'

// %% [markdown]
// ## 5. An external hardware control: back to B
//
// A hardware flow limiter, outside the software, makes an overdose Improbable whatever the software does. Only
// controls external to the software count in IEC 62304 4.3: Improbable x Critical is zone L, acceptable, so
// HZ-2 no longer raises the class. The item is back to B, held there by the minor hazard HZ-1. `compare` shows
// the change and the 62304 activities that are no longer required.

// %%
def limited = whatIf(demo, 'hardware flow limiter') {
    addControl 'RC-HW-1', kind: 'hardware', description: 'Flow limiter', reduces: 'probability', to: 'Improbable',
        on: ['HZ-2']
}
assert classification(limited).item('DOSE').get().label() == 'B'
explain limited, 'DOSE'

// %%
compare demo, limited

// %% [markdown]
// ## 6. Try it yourself
//
// The same limiter built in software does not help: controls implemented in the software itself never lower
// the class. Then type `:explain DOSE` in the shell (the cell sets `model`) to read the path again.

// %%
def inSoftware = whatIf(limited, 'limiter in software') { makeInternal 'RC-HW-1' }
assert classification(inSoftware).item('DOSE').get().label() == 'C'
model = limited
classify limited
