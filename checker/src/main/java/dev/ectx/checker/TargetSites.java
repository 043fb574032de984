package dev.ectx.checker;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.framework.type.AnnotatedTypeFactory;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Finds the context that the target type gives a lambda, a method reference or an anonymous class:
 * the context written on the type of the parameter it is passed to, the variable it is assigned to,
 * the method it is returned from, or the cast it is wrapped in. Parameters of library methods get
 * theirs from the checker's stub files ({@code @CallbackContext}).
 */
final class TargetSites {
  private final AnnotatedTypeFactory factory;

  TargetSites(AnnotatedTypeFactory factory) {
    this.factory = factory;
  }

  /**
   * The context given by the target of the functional expression at {@code path}.
   *
   * @param path a path to a lambda, a method reference or a {@code new} with a class body
   * @param libraryModels whether the contexts of the stub files apply at this site
   * @return the context, or {@code null} if the target carries none
   */
  Context contextAt(TreePath path, boolean libraryModels) {
    TreePath child = path;
    TreePath parent = path.getParentPath();
    while (parent != null && isTransparent(parent.getLeaf(), child.getLeaf())) {
      child = parent;
      parent = parent.getParentPath();
    }
    if (parent == null) {
      return null;
    }
    Tree expression = child.getLeaf();
    Tree site = parent.getLeaf();
    switch (site.getKind()) {
      case METHOD_INVOCATION:
      case NEW_CLASS:
        return ofArgument(site, expression, libraryModels);
      case VARIABLE:
        VariableTree variable = (VariableTree) site;
        return variable.getInitializer() == expression
            ? TypeUseContexts.ofVariable(TreeUtils.elementFromDeclaration(variable))
            : null;
      case ASSIGNMENT:
        AssignmentTree assignment = (AssignmentTree) site;
        ExpressionTree target = assignment.getVariable();
        if (assignment.getExpression() != expression
            || !(target instanceof IdentifierTree || target instanceof MemberSelectTree)) {
          return null;
        }
        Element assigned = TreeUtils.elementFromUse(target);
        return assigned == null ? null : TypeUseContexts.ofVariable(assigned);
      case RETURN:
        return ofReturn(parent);
      case TYPE_CAST:
        return ofCast((TypeCastTree) site);
      default:
        return null;
    }
  }

  /**
   * The context a library constructor gives the methods of an anonymous subclass created through
   * it, by the stub files ({@code @CallbackContext} on {@code Thread()}).
   *
   * @param creation a {@code new} with a class body
   * @param libraryModels whether the contexts of the stub files apply at this site
   * @return the context, or {@code null}
   */
  Context ofAnonymousSubclass(NewClassTree creation, boolean libraryModels) {
    if (!libraryModels) {
      return null;
    }
    for (AnnotationMirror annotation :
        factory.getDeclAnnotations(TreeUtils.getSuperConstructor(creation))) {
      if (EctxAnnotations.isCallbackContext(annotation)) {
        return EctxAnnotations.contextOf(annotation);
      }
    }
    return null;
  }

  /** Parentheses and the branches of {@code ?:} pass the target type through. */
  private static boolean isTransparent(Tree parent, Tree child) {
    switch (parent.getKind()) {
      case PARENTHESIZED:
        return true;
      case CONDITIONAL_EXPRESSION:
        return ((ConditionalExpressionTree) parent).getCondition() != child;
      default:
        return false;
    }
  }

  private Context ofArgument(Tree call, Tree argument, boolean libraryModels) {
    VariableElement parameter = CallSites.parameterOf(call, argument);
    if (parameter == null) {
      return null;
    }
    ExecutableElement callee = CallSites.callee(call);
    Context context =
        TypeUseContexts.ofParameter(callee, callee.getParameters().indexOf(parameter));
    if (context != null) {
      return context;
    }
    for (AnnotationMirror annotation : factory.getDeclAnnotations(parameter)) {
      if (!libraryModels && EctxAnnotations.isCallbackContext(annotation)) {
        continue;
      }
      Context declared = EctxAnnotations.contextOf(annotation);
      if (declared != null) {
        return declared;
      }
    }
    return null;
  }

  /** A {@code return} takes the enclosing method's return type; inside a lambda, none. */
  private static Context ofReturn(TreePath returnPath) {
    for (TreePath p = returnPath; p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf.getKind() == Tree.Kind.LAMBDA_EXPRESSION) {
        return null;
      }
      if (leaf.getKind() == Tree.Kind.METHOD) {
        ExecutableElement method = TreeUtils.elementFromDeclaration((MethodTree) leaf);
        return method == null ? null : TypeUseContexts.ofReturn(method);
      }
    }
    return null;
  }

  private static Context ofCast(TypeCastTree cast) {
    if (!(cast.getType() instanceof AnnotatedTypeTree)) {
      return null;
    }
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (AnnotationTree annotation : ((AnnotatedTypeTree) cast.getType()).getAnnotations()) {
      annotations.add(TreeUtils.annotationFromAnnotationTree(annotation));
    }
    return EctxAnnotations.contextOf(annotations);
  }
}
