package dev.ectx.checker;

import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;

/** Answers "is this allowed?": walks the code and applies the ectx rules. */
public final class ExecutionContextVisitor extends BaseTypeVisitor<ExecutionContextAnnotatedTypeFactory> {

  /**
   * Creates the visitor for {@code checker}.
   *
   * @param checker the ectx checker
   */
  public ExecutionContextVisitor(BaseTypeChecker checker) {
    super(checker);
  }
}
