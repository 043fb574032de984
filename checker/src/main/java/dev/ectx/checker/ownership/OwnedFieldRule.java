package dev.ectx.checker.ownership;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.ectx.annotations.Borrowed;
import dev.ectx.checker.CallSites;
import dev.ectx.checker.ExecutionContextAnnotatedTypeFactory;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Rule {@code unique.field}: a {@code @Unique} field is owned by its object. It may be lent (used
 * in place: a receiver, an indexed array, a comparison, an argument of a {@code @Borrowed} or
 * lending parameter) and written; any other read leaks it, except a <em>take</em> of a non-final
 * field: reading it into a local and assigning the field in the very next statement.
 */
final class OwnedFieldRule {
  private final ExecutionContextAnnotatedTypeFactory factory;
  private final OwnershipReporter reporter;

  OwnedFieldRule(ExecutionContextAnnotatedTypeFactory factory, OwnershipReporter reporter) {
    this.factory = factory;
    this.reporter = reporter;
  }

  /**
   * Checks the uses of owned fields in {@code body}.
   *
   * @param body the path of a method body
   */
  void check(TreePath body) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void p) {
        checkUse(getCurrentPath());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void p) {
        checkUse(getCurrentPath());
        return super.visitMemberSelect(tree, p);
      }

      @Override
      public Void visitClass(ClassTree tree, Void p) {
        return null; // a nested class's methods are checked on their own
      }
    }.scan(body, null);
  }

  private void checkUse(TreePath path) {
    Element element = TreeUtils.elementFromUse((ExpressionTree) path.getLeaf());
    if (element == null
        || element.getSimpleName().contentEquals("this")
        || element.getSimpleName().contentEquals("super")
        || element.getKind() != ElementKind.FIELD
        || !factory.isUnique(element)) {
      return;
    }
    if (!isLent(path) && !isTake(path, (VariableElement) element)) {
      reporter.report(path.getLeaf(), "unique.field", element.getSimpleName());
    }
  }

  private boolean isLent(TreePath path) {
    Tree use = path.getLeaf();
    Tree parent = CallSites.useSite(path).getLeaf();
    if (parent instanceof MemberSelectTree) {
      return sameAfterParens(((MemberSelectTree) parent).getExpression(), use);
    }
    if (parent instanceof ArrayAccessTree) {
      return sameAfterParens(((ArrayAccessTree) parent).getExpression(), use);
    }
    if (parent instanceof AssignmentTree) {
      return sameAfterParens(((AssignmentTree) parent).getVariable(), use);
    }
    if (parent instanceof CompoundAssignmentTree
        || parent instanceof BinaryTree
        || parent instanceof InstanceOfTree
        || parent instanceof EnhancedForLoopTree) {
      return true;
    }
    if (parent instanceof MethodInvocationTree || parent instanceof NewClassTree) {
      return isLendingArgument(parent, use);
    }
    return false;
  }

  private boolean isLendingArgument(Tree call, Tree use) {
    VariableElement parameter = CallSites.parameterOf(call, use);
    return parameter != null
        && (LendingMethods.lendsArguments(CallSites.callee(call))
            || factory.getDeclAnnotation(parameter, Borrowed.class) != null);
  }

  /** {@code T local = field;} or {@code local = field;}, then {@code field = ...;} next. */
  private boolean isTake(TreePath path, VariableElement field) {
    if (field.getModifiers().contains(Modifier.FINAL)) {
      return false;
    }
    TreePath statement = CallSites.useSite(path);
    Tree leaf = statement.getLeaf();
    if (leaf instanceof AssignmentTree) {
      Element target = TreeUtils.elementFromUse(((AssignmentTree) leaf).getVariable());
      if (target == null || target.getKind() != ElementKind.LOCAL_VARIABLE) {
        return false;
      }
      statement = statement.getParentPath();
    } else if (!(leaf instanceof VariableTree)) {
      return false;
    }
    if (!(statement.getParentPath().getLeaf() instanceof BlockTree)) {
      return false;
    }
    List<? extends StatementTree> statements =
        ((BlockTree) statement.getParentPath().getLeaf()).getStatements();
    int index = statements.indexOf(statement.getLeaf());
    if (index < 0 || index + 1 >= statements.size()) {
      return false;
    }
    StatementTree next = statements.get(index + 1);
    if (!(next instanceof ExpressionStatementTree)
        || !(((ExpressionStatementTree) next).getExpression() instanceof AssignmentTree)) {
      return false;
    }
    AssignmentTree reset = (AssignmentTree) ((ExpressionStatementTree) next).getExpression();
    return field.equals(TreeUtils.elementFromUse(reset.getVariable()));
  }

  private static boolean sameAfterParens(ExpressionTree expression, Tree use) {
    return TreeUtils.withoutParens(expression) == use;
  }
}
