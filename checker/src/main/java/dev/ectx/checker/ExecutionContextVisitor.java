package dev.ectx.checker;

import com.sun.source.tree.ClassTree;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;

/** Answers "is this allowed?": walks the code and applies the ectx rules. */
public final class ExecutionContextVisitor extends BaseTypeVisitor<ExecutionContextAnnotatedTypeFactory> {
  private final AllocationRules allocationRules;

  /**
   * Creates the visitor for {@code checker}.
   *
   * @param checker the ectx checker
   */
  public ExecutionContextVisitor(BaseTypeChecker checker) {
    super(checker);
    this.allocationRules = new AllocationRules(checker, atypeFactory);
  }

  @Override
  public void processClassTree(ClassTree tree) {
    allocationRules.checkClass(getCurrentPath());
    super.processClassTree(tree);
  }
}
