package dev.ectx.checker.ownership;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import dev.ectx.checker.RuleScope;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.javacutil.TreePathUtil;

/**
 * The sendability and ownership rules, applied to the code of one class member at a time (a method
 * body, a field initialiser, an initialiser block): {@code send.unsendable}, {@code unique.moved},
 * {@code unique.required}, {@code unique.field}, {@code borrowed.escape} and {@code cs.escape}.
 *
 * <ol>
 *   <li>A value is fresh (unique) when it comes from {@code new} or a {@code @Unique} return; a
 *       constructor call whose arguments are all sendable yields a unique value (recovery).
 *   <li>Passing a unique value to a {@code @Unique} parameter, storing it into a {@code @Unique}
 *       field, or sending it across a context boundary moves it; using the variable afterwards is
 *       {@code unique.moved}, on every path (a move on one branch or in an earlier loop iteration
 *       counts).
 *   <li>Only unique, immutable, shared or confined values cross a boundary ({@code
 *       send.unsendable}).
 *   <li>{@code @Borrowed} parameters, owned fields and critical sections stay where they are lent
 *       ({@code borrowed.escape}, {@code unique.field}, {@code cs.escape}).
 * </ol>
 */
public final class OwnershipRules {
  private final ExecutionContextAnnotatedTypeFactory factory;
  private final BaseTypeChecker checker;
  private final OwnershipFlow flow;
  private final OwnedFieldRule ownedFields;
  private final RuleScope scope;
  private final Boundaries boundaries;
  private final CheckerReporter reporter = new CheckerReporter();

  /**
   * Creates the rules.
   *
   * @param checker the checker that reports
   * @param factory the ectx type factory
   * @param sendability what may cross contexts
   * @param scope which methods the rules can fire in
   */
  public OwnershipRules(
      BaseTypeChecker checker,
      ExecutionContextAnnotatedTypeFactory factory,
      Sendability sendability,
      RuleScope scope) {
    this.factory = factory;
    this.checker = checker;
    this.scope = scope;
    this.boundaries = new Boundaries(factory);
    this.flow = new OwnershipFlow(factory, sendability, boundaries, reporter);
    this.ownedFields = new OwnedFieldRule(factory, reporter);
  }

  /**
   * Checks the code of the class member at {@code path}: a method body, a field initialiser or an
   * initialiser block (lambdas in it included; nested classes are checked when their own members
   * are). Code in which no ownership rule can fire ({@link RuleScope}) is skipped.
   *
   * @param path the path of a method, field or initialiser block declared in a class
   */
  public void checkMember(TreePath path) {
    Tree member = path.getLeaf();
    ClassTree enclosingClass = TreePathUtil.enclosingClass(path);
    Tree code = codeOf(member);
    if (code == null || enclosingClass == null || !scope.mayFire(path)) {
      return;
    }
    boundaries.enter(path);
    reporter.root = path.getCompilationUnit();
    if (member instanceof MethodTree) {
      flow.check(path.getCompilationUnit(), (MethodTree) member, enclosingClass);
    } else {
      flow.checkInitializer(path.getCompilationUnit(), member, enclosingClass);
    }
    ownedFields.check(code == member ? path : new TreePath(path, code));
  }

  /** The code a member runs: a method's body, a field's initialiser, a block; or null. */
  private static Tree codeOf(Tree member) {
    if (member instanceof MethodTree) {
      return ((MethodTree) member).getBody();
    }
    if (member instanceof VariableTree) {
      return ((VariableTree) member).getInitializer();
    }
    return member instanceof BlockTree ? member : null;
  }

  /** Reports through the checker, so that {@code @SuppressWarnings} and -Anomsgtext apply. */
  private final class CheckerReporter implements OwnershipReporter {
    CompilationUnitTree root;

    @Override
    public void report(Tree tree, String key, Object... args) {
      checker.reportError(tree, key, args);
    }

    @Override
    public long lineOf(Tree tree) {
      long position =
          Trees.instance(factory.getProcessingEnv())
              .getSourcePositions()
              .getStartPosition(root, tree);
      return position < 0 ? -1 : root.getLineMap().getLineNumber(position);
    }
  }
}
