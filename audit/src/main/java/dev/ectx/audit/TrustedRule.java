package dev.ectx.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code audit.trusted}: an informational finding for each {@code @Trusted} class and method of
 * the inputs, so that every use of the escape hatch is counted and shown. Its witness is a path
 * from an entry point to the trusted code when one reaches it. ({@code @SuppressWarnings} has
 * source retention, so the audit cannot see it in class files; {@code ectx check} counts those.)
 */
final class TrustedRule {
  static final String KEY = "audit.trusted";

  private TrustedRule() {}

  /** A trusted class (all its methods) or a trusted method. */
  private record Site(ClassHeader owner, List<MethodKey> methods, boolean wholeClass) {}

  static List<Finding> findings(Program program, ContextPropagation propagation) {
    List<ClassHeader> classes = new ArrayList<>(program.index().inputClasses());
    classes.sort(Comparator.comparing(ClassHeader::name));
    List<Site> sites = new ArrayList<>();
    for (ClassHeader c : classes) {
      List<MethodKey> methods = c.methods().values().stream()
          .map(MethodHeader::key)
          .sorted(Comparator.comparing(MethodKey::subSignature))
          .toList();
      if (EctxAnnotations.isTrusted(c.annotations())) {
        sites.add(new Site(c, methods, true));
      }
      for (MethodKey m : methods) {
        if (EctxAnnotations.isTrusted(c.methods().get(m.subSignature()).annotations())) {
          sites.add(new Site(c, List.of(m), false));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Site site : sites) {
      String what = site.wholeClass()
          ? Messages.format("trusted.class", MethodKey.simpleName(site.owner().name()))
          : Messages.format("trusted.method", site.methods().get(0).display());
      Location at = site.wholeClass()
          ? new Location(site.owner().name(), site.owner().sourcePath(), "",
              firstLine(program, site.methods()))
          : program.location(site.methods().get(0), 0);
      findings.add(new Finding(KEY, Severity.NOTE,
          Messages.format(KEY, what, sites.size()), at,
          List.of(witness(program, propagation, site.methods(), at))));
    }
    return findings;
  }

  private static WitnessPath witness(
      Program program, ContextPropagation propagation, List<MethodKey> methods, Location at) {
    for (MethodKey m : methods) {
      for (String context : propagation.contexts(m)) {
        return new WitnessPath(context, propagation.path(propagation.states(m, context).get(0)));
      }
    }
    return new WitnessPath("", List.of(new WitnessStep(at, Messages.format("witness.unreached"))));
  }

  private static int firstLine(Program program, List<MethodKey> methods) {
    return methods.stream()
        .map(m -> program.hasBody(m) ? program.facts(m).firstLine() : 0)
        .filter(l -> l > 0)
        .min(Integer::compare)
        .orElse(0);
  }
}
