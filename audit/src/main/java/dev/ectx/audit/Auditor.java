package dev.ectx.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole-program audit: loads the inputs' class files, binds methods to contexts, builds the
 * call graph, propagates contexts from every entry point, and reports {@code audit.context},
 * {@code audit.race}, {@code audit.reentrant} and {@code audit.trusted}, each with its witness
 * paths, plus the suggested annotations of unannotated methods.
 *
 * <p>Input classes are read as bytes and never loaded or run; the JDK and the classpath are read as
 * signatures only.
 */
public final class Auditor {

  /**
   * Audits {@code config}'s inputs.
   *
   * @throws AuditInputException if an input is missing, corrupt or truncated, or an entry point
   *     names no method of the inputs
   */
  public AuditResult audit(AuditConfig config) {
    try (ClassSource classpath = new ClassSource(config.classpath())) {
      Program program = ProgramLoader.load(config, classpath);
      ContextBindings bindings = new ContextBindings(program);
      Map<MethodKey, String> entries = entries(program, bindings, config.entries());
      CallGraph graph = new CallGraph(program, bindings);
      ContextPropagation propagation = new ContextPropagation(program, bindings, graph, entries);

      List<Finding> findings = new ArrayList<>();
      findings.addAll(ContextRule.findings(program, bindings, propagation));
      findings.addAll(RaceRule.findings(program, propagation));
      findings.addAll(ReentrancyRule.findings(program, bindings, graph));
      findings.addAll(TrustedRule.findings(program, propagation));
      findings.sort(Comparator.comparing(Finding::key)
          .thenComparing(f -> f.location().sourceFile())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(Finding::message));
      return new AuditResult(findings,
          Inference.suggest(program, bindings, propagation, entries),
          picture(program, entries, propagation),
          program.index().inputClasses().size(),
          program.analysedCount());
    }
  }

  private static Map<MethodKey, String> entries(
      Program program, ContextBindings bindings, List<EntrySpec> specs) {
    Map<MethodKey, String> entries = new HashMap<>();
    for (MethodKey m : program.methodsWithBodies()) {
      bindings.of(m).filter(Binding::isContext).ifPresent(b -> entries.put(m, b.context()));
    }
    for (EntrySpec spec : specs) {
      ClassHeader c = program.index().inputClasses().stream()
          .filter(h -> h.name().equals(spec.className()))
          .findFirst()
          .orElseThrow(() -> new AuditInputException(
              Messages.format("entry.noClass", spec.className())));
      List<MethodKey> matches = c.methods().values().stream()
          .map(MethodHeader::key)
          .filter(m -> m.name().equals(spec.methodName()) && program.hasBody(m))
          .filter(m -> spec.parameters().map(p -> parametersMatch(m, p)).orElse(true))
          .toList();
      if (matches.isEmpty()) {
        throw new AuditInputException(
            Messages.format("entry.noMethod", spec.className(), spec.methodName()));
      }
      matches.forEach(m -> entries.put(m, spec.context()));
    }
    return entries;
  }

  /** {@code given} lists the parameter types by full or simple name, comma-separated. */
  private static boolean parametersMatch(MethodKey m, String given) {
    List<String> actual = m.parameterTypes();
    String[] names = given.isEmpty() ? new String[0] : given.split(",");
    if (names.length != actual.size()) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      String a = actual.get(i);
      if (!a.equals(names[i]) && !MethodKey.simpleName(a).equals(names[i])) {
        return false;
      }
    }
    return true;
  }

  private static ContextPicture picture(
      Program program, Map<MethodKey, String> entries, ContextPropagation propagation) {
    List<ContextPicture.Node> nodes = new ArrayList<>();
    entries.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().toString()))
        .forEach(e -> nodes.add(new ContextPicture.Node(
            e.getKey().owner(), e.getKey().member(), e.getValue())));
    List<ContextPicture.Edge> edges = new ArrayList<>();
    for (ContextPropagation.Violation v : propagation.violations()) {
      MethodKey caller = v.caller().method();
      Set<String> reaching = propagation.contexts(caller);
      ContextPicture.Node from = new ContextPicture.Node(caller.owner(), caller.member(),
          entries.getOrDefault(caller, reaching.size() == 1 ? reaching.iterator().next() : "any"));
      ContextPicture.Node to =
          new ContextPicture.Node(v.callee().owner(), v.callee().member(), v.calleeContext());
      if (!nodes.contains(from)) {
        nodes.add(from);
      }
      if (!nodes.contains(to)) {
        nodes.add(to);
      }
      edges.add(new ContextPicture.Edge(from, to, ContextRule.KEY));
    }
    return new ContextPicture(nodes, edges);
  }
}
