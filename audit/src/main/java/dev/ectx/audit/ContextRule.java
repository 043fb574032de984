package dev.ectx.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code audit.context}: a method bound to context B reached from an entry point of context A
 * through unannotated code; and a method bound to B passed as a callback registered for A.
 */
final class ContextRule {
  static final String KEY = "audit.context";

  private ContextRule() {}

  static List<Finding> findings(
      Program program, ContextBindings bindings, ContextPropagation propagation) {
    List<Finding> findings = new ArrayList<>();
    for (ContextPropagation.Violation v : propagation.violations()) {
      List<WitnessStep> steps = new ArrayList<>(propagation.path(v.caller()));
      Location call = program.location(v.caller().method(), v.line());
      steps.add(new WitnessStep(call,
          Messages.format("witness.callsBound", v.callee().display(), v.calleeContext())));
      String context = v.caller().context();
      findings.add(new Finding(KEY, Severity.ERROR,
          Messages.format(KEY, v.callee().display(), v.calleeContext(), context,
              v.caller().method().display()),
          call, List.of(new WitnessPath(context, steps))));
    }
    for (ContextBindings.Registration r : bindings.registrations()) {
      if (!r.callback().isLambda()) {
        continue;
      }
      MethodKey impl = r.callback().impl();
      Optional<Binding> declared = program.header(impl)
          .flatMap(h -> EctxAnnotations.binding(h.annotations())).filter(Binding::isContext);
      if (declared.isPresent() && !declared.get().context().equals(r.context())) {
        Location site = program.location(r.callback().creator(), r.site().line());
        List<WitnessStep> steps = List.of(
            new WitnessStep(site, Messages.format("witness.registers", impl.display(), r.context())),
            new WitnessStep(program.location(impl, 0),
                Messages.format("witness.declared", impl.display(), declared.get().context())));
        findings.add(new Finding(KEY, Severity.ERROR,
            Messages.format("audit.context.registered", impl.display(), declared.get().context(),
                r.context(), r.site().target().display()),
            site, List.of(new WitnessPath(r.context(), steps))));
      }
    }
    return findings;
  }
}
