package dev.ectx.checker;

import com.sun.source.util.TreePath;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;

/** Answers "is this allowed?": walks the code and applies the ectx rules. */
public final class ExecutionContextVisitor extends BaseTypeVisitor<ExecutionContextAnnotatedTypeFactory> {
  private final ContextRules contextRules;

  /**
   * Creates the visitor for {@code checker}.
   *
   * @param checker the ectx checker
   */
  public ExecutionContextVisitor(BaseTypeChecker checker) {
    super(checker);
    this.contextRules = new ContextRules(checker, atypeFactory.contexts());
  }

  @Override
  public void visit(TreePath path) {
    contextRules.check(path);
    super.visit(path);
  }
}
