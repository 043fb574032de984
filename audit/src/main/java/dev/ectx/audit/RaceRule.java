package dev.ectx.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code audit.race}: a field written in one context and read or written in another, not
 * {@code volatile}, not final, not in a {@code @Shared} (or immutable) class nor of a
 * {@code @Shared} type, and not accessed under a {@code CriticalSection} on both sides. Code of
 * {@code boot} runs before interrupts are enabled and races with nothing; a constructor's or
 * static initialiser's accesses to its own class's fields happen before the object is shared.
 */
final class RaceRule {
  static final String KEY = "audit.race";

  private RaceRule() {}

  /** One access of a field in one context. */
  private record Use(FieldAccess access, ContextPropagation.State state, boolean critical) {}

  static List<Finding> findings(Program program, ContextPropagation propagation) {
    Map<String, List<Use>> byField = new TreeMap<>();
    for (MethodKey m : program.methodsWithBodies()) {
      if (!propagation.isReached(m)) {
        continue;
      }
      for (FieldAccess a : program.facts(m).accesses()) {
        Optional<String> field = raceable(program, m, a);
        if (field.isEmpty()) {
          continue;
        }
        for (String context : propagation.contexts(m)) {
          if (context.equals(ContextPropagation.BOOT)) {
            continue;
          }
          List<ContextPropagation.State> states = propagation.states(m, context);
          ContextPropagation.State open =
              states.stream().filter(s -> !s.critical()).findFirst().orElse(null);
          byField.computeIfAbsent(field.get(), k -> new ArrayList<>())
              .add(new Use(a, open != null ? open : states.get(0), open == null));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    byField.forEach((field, uses) -> race(program, propagation, field, uses)
        .ifPresent(findings::add));
    return findings;
  }

  private static Optional<Finding> race(
      Program program, ContextPropagation propagation, String fieldKey, List<Use> uses) {
    int hash = fieldKey.indexOf('#');
    String field = MethodKey.simpleName(fieldKey.substring(0, hash)) + "." + fieldKey.substring(hash + 1);
    for (Use w : uses) {
      if (!w.access().write()) {
        continue;
      }
      for (Use other : uses) {
        String a = w.state().context();
        String b = other.state().context();
        if (a.equals(b) || (w.critical() && other.critical())) {
          continue;
        }
        String kind = Messages.format(other.access().write() ? "race.written" : "race.read");
        Location at = program.location(w.state().method(), w.access().line());
        return Optional.of(new Finding(KEY, Severity.ERROR,
            Messages.format(KEY, field, a, kind, b),
            at,
            List.of(witness(program, propagation, w, "witness.writes", field),
                witness(program, propagation, other,
                    other.access().write() ? "witness.writes" : "witness.reads", field))));
      }
    }
    return Optional.empty();
  }

  private static WitnessPath witness(
      Program program, ContextPropagation propagation, Use use, String noteKey, String field) {
    List<WitnessStep> steps = new ArrayList<>(propagation.path(use.state()));
    steps.add(new WitnessStep(program.location(use.state().method(), use.access().line()),
        Messages.format(noteKey, field)));
    return new WitnessPath(use.state().context(), steps);
  }

  /** The field as {@code a.b.Owner#name} if an access to it can race, else empty. */
  private static Optional<String> raceable(Program program, MethodKey m, FieldAccess a) {
    Optional<Map.Entry<ClassHeader, FieldHeader>> resolved =
        program.index().field(a.owner(), a.name());
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    ClassHeader owner = resolved.get().getKey();
    FieldHeader f = resolved.get().getValue();
    boolean initialiser = m.owner().equals(owner.name())
        && m.name().equals(f.isStatic() ? "<clinit>" : "<init>");
    if (owner.origin() == ClassHeader.Origin.JDK || f.isFinal() || f.isVolatile() || initialiser
        || EctxAnnotations.isShared(owner.annotations())
        || EctxAnnotations.isImmutable(owner.annotations())
        || EctxAnnotations.isShared(f.annotations())) {
      return Optional.empty();
    }
    return Optional.of(owner.name() + "#" + f.name());
  }
}
