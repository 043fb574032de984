package dev.ectx.audit;

import java.util.List;

/**
 * An annotation the audit suggests for an unannotated method, from the contexts that reach it.
 *
 * @param className the binary class name with dots ({@code dev.ectx.capsules.Uart$Inner})
 * @param method the method name ({@code <init>} for a constructor)
 * @param parameters the erased parameter types as Java source names ({@code byte[]}, {@code
 *     java.lang.String})
 * @param line the first line of the method body, or 0 if unknown
 * @param contexts the contexts that reach the method, sorted
 * @param annotation the annotation to add: {@code ExecutionContext} or {@code AnyContext}
 * @param context the value for {@code ExecutionContext}, or empty for {@code AnyContext}
 */
public record Suggestion(
    String className,
    String method,
    List<String> parameters,
    int line,
    List<String> contexts,
    String annotation,
    String context) {

  /** The annotation name for a method reached from a single context. */
  public static final String EXECUTION_CONTEXT = "ExecutionContext";

  /** The annotation name for a method reached from several contexts. */
  public static final String ANY_CONTEXT = "AnyContext";

  /** A suggestion with unmodifiable copies of its lists. */
  public Suggestion {
    parameters = List.copyOf(parameters);
    contexts = List.copyOf(contexts);
  }

  /** The annotation as it is written in source, e.g. {@code @ExecutionContext("irq")}. */
  public String sourceText() {
    return annotation.equals(EXECUTION_CONTEXT)
        ? "@" + EXECUTION_CONTEXT + "(\"" + context + "\")"
        : "@" + annotation;
  }
}
