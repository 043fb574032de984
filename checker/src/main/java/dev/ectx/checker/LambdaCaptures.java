package dev.ectx.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import org.checkerframework.javacutil.ElementUtils;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Finds what a lambda captures, and so whether creating it allocates: a lambda that captures
 * nothing is created once by the JVM and reused; one that captures a local variable, a parameter or
 * {@code this} (also implicitly, through an instance field or method) is a new object at every
 * evaluation. Compile-time constants are inlined, not captured.
 */
final class LambdaCaptures extends TreeScanner<String, Void> {
  private static final String THIS = "this";

  /** The variables declared inside the lambda (its parameters and locals): not captures. */
  private final Set<Element> declaredInside = new HashSet<>();

  private LambdaCaptures() {}

  /**
   * The first thing {@code lambda} captures, as messages name it.
   *
   * @param lambda a lambda expression
   * @return a variable's name, {@code this}, or {@code null} if the lambda captures nothing
   */
  static String firstCapture(LambdaExpressionTree lambda) {
    return new LambdaCaptures().scan(lambda, null);
  }

  @Override
  public String reduce(String first, String second) {
    return first != null ? first : second;
  }

  @Override
  public String visitVariable(VariableTree tree, Void p) {
    declaredInside.add(TreeUtils.elementFromDeclaration(tree));
    return super.visitVariable(tree, p);
  }

  @Override
  public String visitIdentifier(IdentifierTree tree, Void p) {
    String name = tree.getName().toString();
    if (name.equals(THIS) || name.equals("super")) {
      return THIS;
    }
    Element element = TreeUtils.elementFromUse(tree);
    if (element == null) {
      return null;
    }
    switch (element.getKind()) {
      case LOCAL_VARIABLE:
      case PARAMETER:
      case EXCEPTION_PARAMETER:
      case RESOURCE_VARIABLE:
      case BINDING_VARIABLE:
        return declaredInside.contains(element) || ElementUtils.isCompileTimeConstant(element)
            ? null
            : name;
      case FIELD:
      case METHOD:
        return ElementUtils.isStatic(element) ? null : THIS;
      default:
        return null;
    }
  }

  @Override
  public String visitMemberSelect(MemberSelectTree tree, Void p) {
    String name = tree.getIdentifier().toString();
    if (name.equals(THIS) || name.equals("super")) {
      return THIS;
    }
    return super.visitMemberSelect(tree, p);
  }

  @Override
  public String visitNewClass(NewClassTree tree, Void p) {
    TypeElement created = ElementUtils.enclosingTypeElement(TreeUtils.elementFromUse(tree));
    boolean needsOuterThis =
        created != null
            && created.getNestingKind() == NestingKind.MEMBER
            && !ElementUtils.isStatic(created)
            && tree.getEnclosingExpression() == null;
    String captured = needsOuterThis ? THIS : null;
    captured = reduce(captured, scan(tree.getEnclosingExpression(), p));
    return reduce(captured, scan(tree.getArguments(), p));
  }

  /** A class body inside the lambda is its own code; its creation is reported where it stands. */
  @Override
  public String visitClass(ClassTree tree, Void p) {
    return null;
  }
}
