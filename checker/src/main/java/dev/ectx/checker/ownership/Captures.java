package dev.ectx.checker.ownership;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What a lambda, method reference, anonymous or local class captures from the code around it: the
 * local variables it uses that are declared outside it, and whether it uses the enclosing
 * instance ({@code this}, explicitly or through a field or method).
 */
final class Captures {
  /** Each captured variable, with its first use inside the capturing code. */
  final Map<VariableElement, Tree> variables = new LinkedHashMap<>();

  /** The first use of the enclosing instance, or null. */
  Tree thisUse;

  private Captures() {}

  /**
   * The captures of {@code code}.
   *
   * @param code a lambda, a member reference, or a class body
   * @param outerClasses the classes around {@code code}, whose members reach the enclosing instance
   * @return what it captures
   */
  static Captures of(Tree code, Set<TypeElement> outerClasses) {
    Captures captures = new Captures();
    if (code instanceof MemberReferenceTree) {
      Tree qualifier = ((MemberReferenceTree) code).getQualifierExpression();
      Element element = TreeUtils.elementFromTree(qualifier);
      if (element instanceof VariableElement && isLocal(element)) {
        captures.variables.put((VariableElement) element, qualifier);
      } else if (isThis(qualifier)) {
        captures.thisUse = qualifier;
      }
      return captures;
    }
    Set<Element> declaredInside = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void p) {
        declaredInside.add(TreeUtils.elementFromDeclaration(tree));
        return super.visitVariable(tree, p);
      }

      @Override
      public Void visitClass(ClassTree tree, Void p) {
        declaredInside.add(TreeUtils.elementFromDeclaration(tree));
        return super.visitClass(tree, p);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void p) {
        Element element = TreeUtils.elementFromUse(tree);
        if (element == null) {
          return null;
        }
        if (isLocal(element) && !declaredInside.contains(element)) {
          captures.variables.putIfAbsent((VariableElement) element, tree);
        } else if (captures.thisUse == null && reachesOuterInstance(element, tree)) {
          captures.thisUse = tree;
        }
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void p) {
        if (captures.thisUse == null && isThis(tree)) {
          captures.thisUse = tree;
        }
        return super.visitMemberSelect(tree, p);
      }

      private boolean reachesOuterInstance(Element element, IdentifierTree tree) {
        if (isThis(tree)) {
          return !(code instanceof ClassTree);
        }
        if (element.getModifiers().contains(Modifier.STATIC)) {
          return false;
        }
        ElementKind kind = element.getKind();
        if (kind != ElementKind.FIELD && kind != ElementKind.METHOD) {
          return false;
        }
        Element owner = element.getEnclosingElement();
        return outerClasses.contains(owner) && !declaredInside.contains(owner);
      }
    }.scan(code, null);
    declaredInside.forEach(captures.variables::remove);
    return captures;
  }

  private static boolean isLocal(Element element) {
    switch (element.getKind()) {
      case LOCAL_VARIABLE:
      case PARAMETER:
      case EXCEPTION_PARAMETER:
      case RESOURCE_VARIABLE:
      case BINDING_VARIABLE:
        return true;
      default:
        return false;
    }
  }

  private static boolean isThis(Tree tree) {
    if (tree instanceof IdentifierTree) {
      return ((IdentifierTree) tree).getName().contentEquals("this");
    }
    return tree instanceof MemberSelectTree
        && ((MemberSelectTree) tree).getIdentifier().contentEquals("this");
  }
}
