// %% [markdown]
// # From an empty workspace to class C, and back to B with an external control
//
// A walkthrough for newcomers to IEC 62304 software safety classification. Run it cell by cell in the shell
// with `:step scripts/training/from-empty-to-class-c-and-back.groovy` (Enter runs a cell), or headless with
// `hazlab shell < scripts/training/from-empty-to-class-c-and-back.groovy`.
//
// We build a tiny model by hand: one software system, one item, two hazards, one control. After every change
// we classify again and read the decision path aloud.

// %%
import org.hazlab.core.policy.RiskPolicies
import org.hazlab.core.classify.render.DecisionTree

policy = RiskPolicies.defaultPolicy()
classOf = { m, id -> Classifications.run(m).item(id).get().label() }
explain = { m, id -> println DecisionTree.render(Classifications.run(m).item(id).get()) }
demo = SafetyModel.builder(policy).system(SystemProfile.named('DEMO', 'Demo infusion pump')).build().orThrow()
Classifications.run(demo).system().label()

// %% [markdown]
// ## 1. An empty workspace
//
// A system with no items and no hazards cannot be analysed: IEC 62304 4.3 says class C applies until a class
// is assigned. The value above is the system's class: `C`.

// %% [markdown]
// ## 2. One software item, not yet analysed
//
// We add the dose calculation. No hazard names it yet, so it is also class C "until a class is assigned".

// %%
demo = demo.toBuilder().item(SoftwareItem.of('DOSE', 'Dose calculation')).build().orThrow()
assert classOf(demo, 'DOSE') == 'C'
explain(demo, 'DOSE')

// %% [markdown]
// ## 3. A hazard with minor harm: class B
//
// The display of the dose can be misread (minor harm). Software failure is taken as certain (probability 1),
// so Frequent x Minor is in zone M, unacceptable under the default policy: step 3 asks for the worst harm, a
// non-serious injury, which is class B.

// %%
demo = demo.toBuilder()
    .hazard(Hazard.of('HZ-1', ['DOSE'], 'Minor', 'Remote', []))
    .build().orThrow()
assert classOf(demo, 'DOSE') == 'B'
explain(demo, 'DOSE')

// %% [markdown]
// ## 4. A hazard that could kill: class C
//
// A calculation error could overdose a critical drug: severity Critical maps to serious injury, so the item is
// class C. This is where most infusion pump software starts.

// %%
demo = demo.toBuilder()
    .hazard(Hazard.of('HZ-2', ['DOSE'], 'Critical', 'Remote', []))
    .build().orThrow()
assert classOf(demo, 'DOSE') == 'C'
explain(demo, 'DOSE')

// %% [markdown]
// ## 5. An external hardware control: back to B
//
// A hardware flow limiter, outside the software, makes an overdose Improbable whatever the software does.
// Only external controls count in IEC 62304 4.3: Improbable x Critical is zone L, acceptable, so HZ-2 no longer
// raises the class. The item is back to B, held there by the minor hazard HZ-1.

// %%
limiter = new RiskControl('RC-HW-1', 'Hardware flow limiter', ControlKind.HARDWARE, true,
    RiskFactor.PROBABILITY, 'Improbable', null, Origin.UNKNOWN)
demo = demo.toBuilder()
    .control(limiter)
    .replaceHazard(demo.hazard('HZ-2').get().withControls(['RC-HW-1']))
    .build().orThrow()
assert classOf(demo, 'DOSE') == 'B'
explain(demo, 'DOSE')

// %% [markdown]
// ## 6. Try it yourself
//
// * Make the limiter a software control (`ControlKind.SOFTWARE`): the class goes back to C, because controls
//   implemented in the software itself never lower the class.
// * Type `:explain DOSE` after `model = demo` to read the path again.

// %%
model = demo
Classifications.run(demo)
