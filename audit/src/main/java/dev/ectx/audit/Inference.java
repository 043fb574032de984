package dev.ectx.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests annotations for unannotated methods from the contexts that reach them: one context
 * gives {@code @ExecutionContext("that")}, several give {@code @AnyContext} (the checker then
 * verifies that the body touches only context-free state). Code reached only from {@code boot}
 * gets nothing: boot may call everything, so it says nothing about where the code belongs.
 * Compiler-made methods and members of anonymous or local classes are skipped: there is nowhere to
 * write an annotation for them.
 */
final class Inference {
  private Inference() {}

  static List<Suggestion> suggest(Program program, ContextBindings bindings,
      ContextPropagation propagation, Map<MethodKey, String> entries) {
    List<Suggestion> suggestions = new ArrayList<>();
    for (MethodKey m : program.methodsWithBodies()) {
      if (!propagation.isReached(m)) {
        continue;
      }
      Optional<MethodHeader> header = program.header(m);
      Optional<ClassHeader> owner = program.classOf(m);
      if (header.isEmpty() || owner.isEmpty() || header.get().isSynthetic()
          || header.get().isLambdaBody() || owner.get().local() || m.name().equals("<clinit>")
          || entries.containsKey(m) || bindings.of(m).isPresent()) {
        continue;
      }
      Set<String> contexts = new TreeSet<>(propagation.contexts(m));
      contexts.remove(ContextPropagation.BOOT);
      if (contexts.isEmpty()) {
        continue;
      }
      boolean single = contexts.size() == 1;
      suggestions.add(new Suggestion(m.owner(), m.name(), m.parameterTypes(),
          program.facts(m).firstLine(), List.copyOf(contexts),
          single ? Suggestion.EXECUTION_CONTEXT : Suggestion.ANY_CONTEXT,
          single ? contexts.iterator().next() : ""));
    }
    suggestions.sort(Comparator.comparing(Suggestion::className)
        .thenComparing(Suggestion::method)
        .thenComparing(s -> String.join(",", s.parameters())));
    return suggestions;
  }
}
