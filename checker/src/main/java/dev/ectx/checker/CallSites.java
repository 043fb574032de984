package dev.ectx.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Where an expression is used, and which parameter an argument meets: the questions every rule asks
 * of a call ({@code foo(x)} or {@code new Foo(x)}) and of the expression around a value.
 */
public final class CallSites {
  private CallSites() {}

  /**
   * The method or constructor a call invokes; for an anonymous class, its superclass's constructor,
   * whose parameters carry the annotations.
   *
   * @param call a tree
   * @return the callee, or {@code null} if {@code call} is no method invocation or {@code new}
   */
  public static ExecutableElement callee(Tree call) {
    if (call instanceof MethodInvocationTree) {
      return TreeUtils.elementFromUse((MethodInvocationTree) call);
    }
    if (call instanceof NewClassTree) {
      return TreeUtils.getSuperConstructor((NewClassTree) call);
    }
    return null;
  }

  /**
   * The arguments of a call.
   *
   * @param call a method invocation or {@code new}
   * @return its arguments; empty for any other tree
   */
  public static List<? extends ExpressionTree> arguments(Tree call) {
    if (call instanceof MethodInvocationTree) {
      return ((MethodInvocationTree) call).getArguments();
    }
    if (call instanceof NewClassTree) {
      return ((NewClassTree) call).getArguments();
    }
    return List.of();
  }

  /**
   * The parameter that {@code argument} of {@code call} is passed to.
   *
   * @param call a method invocation or {@code new}
   * @param argument one of its arguments, possibly in parentheses
   * @return the parameter (the varargs parameter for a trailing argument), or {@code null} if
   *     {@code argument} is not an argument of {@code call}
   */
  public static VariableElement parameterOf(Tree call, Tree argument) {
    List<? extends ExpressionTree> arguments = arguments(call);
    for (int i = 0; i < arguments.size(); i++) {
      if (TreeUtils.withoutParens(arguments.get(i))
          == TreeUtils.withoutParens((ExpressionTree) argument)) {
        ExecutableElement callee = callee(call);
        return callee == null ? null : parameter(callee, i);
      }
    }
    return null;
  }

  /**
   * The parameter that argument {@code index} is passed to.
   *
   * @param callee a method or constructor
   * @param index an argument index
   * @return the parameter (the varargs parameter for trailing arguments), or {@code null} if the
   *     callee has no parameters
   */
  public static VariableElement parameter(ExecutableElement callee, int index) {
    List<? extends VariableElement> parameters = callee.getParameters();
    return parameters.isEmpty() ? null : parameters.get(Math.min(index, parameters.size() - 1));
  }

  /**
   * Where the value of the expression at {@code path} is used: its parent, looking through
   * parentheses.
   *
   * @param path a path to an expression
   * @return the path of the nearest enclosing tree that is not a parenthesis, or {@code null}
   */
  public static TreePath useSite(TreePath path) {
    TreePath p = path.getParentPath();
    while (p != null && p.getLeaf().getKind() == Tree.Kind.PARENTHESIZED) {
      p = p.getParentPath();
    }
    return p;
  }
}
