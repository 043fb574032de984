package dev.ectx.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code audit.reentrant}: a call path from a {@code @Downcall} method (or an override of one) to
 * a call of an {@code @Upcall} method (or an override) with no deferral in between, i.e. a
 * synchronous callback that re-enters the client before its request returns (Tock's HIL rule 1).
 * A deferral is anything that is not a call: a deferred-call flag, a queue, an interrupt; and a
 * callback registered for a context, which that context runs later.
 */
final class ReentrancyRule {
  static final String KEY = "audit.reentrant";

  private ReentrancyRule() {}

  private record Hop(MethodKey from, int line) {}

  static List<Finding> findings(Program program, ContextBindings bindings, CallGraph graph) {
    List<MethodKey> downcalls = new ArrayList<>();
    for (MethodKey m : program.methodsWithBodies()) {
      if (bindings.inherits(m, EctxAnnotations::isDowncall)) {
        downcalls.add(m);
      }
    }
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (MethodKey downcall : downcalls) {
      search(program, bindings, graph, downcall, findings);
    }
    return new ArrayList<>(findings.values());
  }

  private static void search(Program program, ContextBindings bindings, CallGraph graph,
      MethodKey downcall, Map<String, Finding> findings) {
    Map<MethodKey, Hop> seen = new HashMap<>();
    Deque<MethodKey> queue = new ArrayDeque<>();
    seen.put(downcall, null);
    queue.add(downcall);
    while (!queue.isEmpty()) {
      MethodKey m = queue.poll();
      for (CallSite site : program.facts(m).calls()) {
        List<MethodKey> callees = graph.targets(site);
        boolean upcall = bindings.inherits(site.target(), EctxAnnotations::isUpcall)
            || callees.stream().anyMatch(c -> bindings.inherits(c, EctxAnnotations::isUpcall));
        if (upcall) {
          String id = m.owner() + m.subSignature() + ":" + site.line() + ":" + site.target();
          findings.computeIfAbsent(id, k -> finding(program, downcall, m, site, seen));
          continue;
        }
        for (MethodKey callee : callees) {
          boolean deferred = bindings.of(callee).map(Binding::registered).orElse(false);
          if (!deferred && program.hasBody(callee) && !seen.containsKey(callee)) {
            seen.put(callee, new Hop(m, site.line()));
            queue.add(callee);
          }
        }
      }
    }
  }

  private static Finding finding(Program program, MethodKey downcall, MethodKey caller,
      CallSite site, Map<MethodKey, Hop> seen) {
    List<WitnessStep> steps = new ArrayList<>();
    Location call = program.location(caller, site.line());
    steps.add(new WitnessStep(call, Messages.format("witness.callsUpcall", site.target().display())));
    MethodKey at = caller;
    for (Hop hop = seen.get(at); hop != null; hop = seen.get(at)) {
      steps.add(new WitnessStep(program.location(hop.from(), hop.line()),
          Messages.format("witness.calls", at.display())));
      at = hop.from();
    }
    steps.add(new WitnessStep(program.location(downcall, 0),
        Messages.format("witness.downcall", downcall.display())));
    Collections.reverse(steps);
    return new Finding(KEY, Severity.ERROR,
        Messages.format(KEY, caller.display(), site.target().display(), downcall.display()),
        call, List.of(new WitnessPath("", steps)));
  }
}
