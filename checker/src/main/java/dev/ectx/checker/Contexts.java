package dev.ectx.checker;

/**
 * Answers "which execution context does this code run in?" and "is this context name declared?".
 *
 * <p>Skeleton: context resolution is built by the context rules.
 */
public final class Contexts {
  private final ExecutionContextAnnotatedTypeFactory factory;

  Contexts(ExecutionContextAnnotatedTypeFactory factory) {
    this.factory = factory;
  }
}
