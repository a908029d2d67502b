package org.hazlab.dsl;

import groovy.transform.NamedParam;
import groovy.lang.Closure;
import java.nio.file.Path;
import java.util.Map;
import org.hazlab.core.model.ModelBuild;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SystemProfile;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.dsl.session.SessionContext;

/**
 * The delegate of {@code system('Pump') { ... }}: {@code item}, {@code hazard}, {@code control} and
 * {@code policy} add to a model that is validated like one read from files. Each element's origin is the
 * script line it was written on, so a dangling reference is reported as {@code script.groovy:12: error ...}.
 */
public final class SystemSpec {

    private final SessionContext session;
    private final SafetyModel.Builder builder;

    SystemSpec(SessionContext session, SafetyModel.Builder builder) {
        this.session = session;
        this.builder = builder;
    }

    static SafetyModel build(SessionContext session, SafetyModel.Builder builder, Closure<?> body) {
        SystemSpec spec = new SystemSpec(session, builder);
        if (body != null) {
            Closure<?> code = body.rehydrate(spec, body.getOwner(), body.getThisObject());
            code.setResolveStrategy(Closure.DELEGATE_FIRST);
            code.call();
        }
        ModelBuild build = builder.build();
        try {
            SafetyModel model = build.orThrow();
            build.problems().forEach(p -> session.messages().println(p.format()));
            return model;
        } catch (InvalidInputException e) {
            throw new InvalidModelException(e);
        }
    }

    static SafetyModel.Builder fresh(String id, String name, String purpose, RiskPolicy policy) {
        return SafetyModel.builder(policy == null ? RiskPolicies.defaultPolicy() : policy)
                .system(new SystemProfile(id, name, purpose, Map.of()));
    }

    private Origin here() {
        return Origin.of(session.scriptName(), session.currentLine());
    }

    /** {@code item 'ID', name: ..., parent: ..., segregated: 'rationale', noContribution: ...}. */
    public void item(@NamedParam("name") @NamedParam("parent") @NamedParam("description") @NamedParam("segregated")
            @NamedParam("rationale") @NamedParam("segregationRationale") @NamedParam("noContribution")
            @NamedParam("noContributionRationale") @NamedParam("recordedClass") @NamedParam("classRationale")
            Map<String, ?> args, String id) {
        builder.item(ModelFields.item(id, args, here()));
    }

    public void item(String id) {
        item(Map.of(), id);
    }

    /** {@code hazard 'ID', items: [...], severity: ..., probability: ..., controls: [...]}. */
    public void hazard(@NamedParam("title") @NamedParam("items") @NamedParam("item") @NamedParam("situation")
            @NamedParam("harm") @NamedParam("severity") @NamedParam("probability") @NamedParam("controls")
            @NamedParam("notes")
            Map<String, ?> args, String id) {
        builder.hazard(ModelFields.hazard(id, args, here()));
    }

    /** {@code control 'ID', kind: 'hardware', external: true, reduces: 'probability', to: 'Remote', on: [...]}. */
    public void control(@NamedParam("description") @NamedParam("kind") @NamedParam("external")
            @NamedParam("reduces") @NamedParam("to") @NamedParam("reducesTo") @NamedParam("implementedBy")
            @NamedParam("on") @NamedParam("hazards")
            Map<String, ?> args, String id) {
        var control = ModelFields.control(id, args, here());
        builder.control(control);
        for (String hazardId : ModelFields.appliedTo(args)) {
            builder.hazards().stream().filter(h -> h.id().equals(hazardId)).findFirst().ifPresentOrElse(h -> {
                var controls = new java.util.ArrayList<>(h.controls());
                controls.add(id);
                builder.replaceHazard(h.withControls(controls));
            }, () -> {
                throw new IllegalArgumentException("control " + id + " is applied to hazard '" + hazardId
                        + "', which is not defined (yet): define hazards before the controls that name them with on:");
            });
        }
    }

    /** The risk policy: a {@code RiskPolicy}, a workspace's, or a policy.json path. */
    public void policy(Object policy) {
        if (policy instanceof RiskPolicy p) {
            builder.policy(p);
        } else if (policy instanceof WorkspaceData w) {
            builder.policy(w.getPolicy());
        } else {
            Path file = session.resolve(String.valueOf(policy));
            try {
                builder.policy(RiskPolicies.read(file, file.toString()));
            } catch (InvalidInputException e) {
                throw new InvalidModelException(e);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read policy " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
