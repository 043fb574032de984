package dev.ectx.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import dev.ectx.checker.ownership.OwnershipRules;
import dev.ectx.checker.ownership.Sendability;
import dev.ectx.checker.ownership.StructureRules;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;

/**
 * Answers "is this allowed?": walks the code and hands each class and method to the rule
 * families: context rules, ownership and sendability, structure, allocation-free code.
 */
public final class ExecutionContextVisitor extends BaseTypeVisitor<ExecutionContextAnnotatedTypeFactory> {
  private final ContextRules contextRules;
  private final OwnershipRules ownershipRules;
  private final StructureRules structureRules;
  private final AllocationRules allocationRules;

  /**
   * Creates the visitor for {@code checker}.
   *
   * @param checker the ectx checker
   */
  public ExecutionContextVisitor(BaseTypeChecker checker) {
    super(checker);
    Sendability sendability = new Sendability(atypeFactory.contexts());
    this.contextRules = new ContextRules(checker, atypeFactory.contexts(), sendability);
    this.ownershipRules = new OwnershipRules(checker, atypeFactory, sendability);
    this.structureRules = new StructureRules(checker, atypeFactory, sendability);
    this.allocationRules = new AllocationRules(checker, atypeFactory);
  }

  @Override
  public void visit(TreePath path) {
    contextRules.check(path);
    super.visit(path);
  }

  @Override
  public void processClassTree(ClassTree tree) {
    structureRules.checkClass(tree);
    allocationRules.checkClass(getCurrentPath());
    super.processClassTree(tree);
  }

  @Override
  public void processMethodTree(String className, MethodTree tree) {
    ownershipRules.checkMethod(getCurrentPath());
    super.processMethodTree(className, tree);
  }
}
