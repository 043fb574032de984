package dev.ectx.checker;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.ectx.checker.ownership.OwnershipRules;
import dev.ectx.checker.ownership.Sendability;
import dev.ectx.checker.ownership.StructureRules;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Answers "is this allowed?": hands each top-level class to the context rules, and each class and
 * method in it to the rule families: ownership and sendability, structure, allocation-free code.
 *
 * <p>The Checker Framework's own checks (well-formed qualifiers) run only over classes that opted
 * in: ectx's ownership qualifiers never make two types incompatible, so over code that writes no
 * ectx annotation they cannot report anything, and skipping them is most of what keeps such code
 * cheap to check.
 */
public final class ExecutionContextVisitor
    extends BaseTypeVisitor<ExecutionContextAnnotatedTypeFactory> {
  private final ContextRules contextRules;
  private final OwnershipRules ownershipRules;
  private final StructureRules structureRules;
  private final AllocationRules allocationRules;
  private final RuleScope scope;

  /**
   * Creates the visitor for {@code checker}.
   *
   * @param checker the ectx checker
   */
  public ExecutionContextVisitor(BaseTypeChecker checker) {
    super(checker);
    Contexts contexts = atypeFactory.contexts();
    Sendability sendability = new Sendability(contexts);
    this.scope = new RuleScope(atypeFactory);
    this.contextRules = new ContextRules(checker, contexts, sendability);
    this.ownershipRules = new OwnershipRules(checker, atypeFactory, sendability, scope);
    this.structureRules = new StructureRules(checker, atypeFactory, sendability);
    this.allocationRules = new AllocationRules(checker, atypeFactory, scope);
  }

  /**
   * Checks one top-level class: the context rules over all its code, the other rule families over
   * each class and member in it, then, if it opted in, the framework's own checks.
   */
  @Override
  public void visit(TreePath path) {
    scope.clearCode();
    contextRules.check(path);
    new Declarations().scan(path, null);
    if (path.getLeaf() instanceof ClassTree) {
      TypeElement type = TreeUtils.elementFromDeclaration((ClassTree) path.getLeaf());
      if (type != null && atypeFactory.contexts().optedIn(type)) {
        super.visit(path);
      }
    }
  }

  /**
   * Does nothing: the framework would warn that a constructor of a {@code @Unique} class returns an
   * aliased reference, but ownership is not a subtyping discipline here; the ownership rules make
   * every {@code new} of such a class unique.
   */
  @Override
  protected void checkConstructorResult(
      AnnotatedExecutableType constructorType, ExecutableElement constructorElement) {}

  /** Hands every class and method of one top-level class, nested ones included, to the rules. */
  private final class Declarations extends TreePathScanner<Void, Void> {
    @Override
    public Void visitClass(ClassTree tree, Void p) {
      if (checker.shouldSkipDefs(tree) || checker.shouldSkipFiles(tree)) {
        return null;
      }
      structureRules.checkClass(tree);
      allocationRules.checkClass(getCurrentPath());
      return super.visitClass(tree, p);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void p) {
      ClassTree owner = (ClassTree) getCurrentPath().getParentPath().getLeaf();
      if (checker.shouldSkipDefs(owner, tree)) {
        return null;
      }
      ownershipRules.checkMember(getCurrentPath());
      return super.visitMethod(tree, p);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void p) {
      if (isMember()) {
        ownershipRules.checkMember(getCurrentPath());
      }
      return super.visitVariable(tree, p);
    }

    @Override
    public Void visitBlock(BlockTree tree, Void p) {
      if (isMember()) {
        ownershipRules.checkMember(getCurrentPath());
      }
      return super.visitBlock(tree, p);
    }

    /** Whether the current tree is declared in a class (a field or initialiser block). */
    private boolean isMember() {
      return getCurrentPath().getParentPath().getLeaf() instanceof ClassTree;
    }
  }
}
