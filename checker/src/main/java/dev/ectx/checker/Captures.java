package dev.ectx.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.ElementUtils;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What a lambda, method reference, anonymous or local class captures from the code around it: the
 * local variables it uses that are declared outside it, and whether it uses the enclosing instance.
 * Both the ownership rules (what crosses a boundary) and the allocation rule (a capturing lambda is
 * a new object) ask.
 *
 * <ol>
 *   <li>A local variable or parameter used inside and declared outside is captured.
 *   <li>The enclosing instance is captured by {@code this}, {@code super}, {@code Outer.this}, an
 *       unqualified instance field or method of an enclosing class, or {@code new Inner()} of an
 *       inner member class, unless a class declared inside the code provides that instance.
 *   <li>A method reference captures its receiver when that is a local variable or {@code this}.
 * </ol>
 */
public final class Captures {
  private static final String THIS = "this";

  private final Map<VariableElement, Tree> variables = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();
  private Tree thisUse;

  private Captures() {}

  /**
   * The captures of {@code code}.
   *
   * @param code a lambda, a member reference, or a class body
   * @return what it captures
   */
  public static Captures of(Tree code) {
    Captures captures = new Captures();
    if (code instanceof MemberReferenceTree) {
      ExpressionTree qualifier = ((MemberReferenceTree) code).getQualifierExpression();
      Element element = TreeUtils.elementFromTree(qualifier);
      if (element instanceof VariableElement && isLocal(element)) {
        captures.addVariable((VariableElement) element, qualifier);
      } else if (isThisOrSuper(qualifier)) {
        captures.addThis(qualifier);
      }
      return captures;
    }
    captures.new Scanner().scan(code, null);
    return captures;
  }

  /**
   * The captured local variables, in the order of their first use.
   *
   * @return each captured variable with its first use inside the capturing code
   */
  public Map<VariableElement, Tree> variables() {
    return Collections.unmodifiableMap(variables);
  }

  /**
   * The first use of the enclosing instance.
   *
   * @return the tree, or {@code null} if the code does not capture {@code this}
   */
  public Tree thisUse() {
    return thisUse;
  }

  /**
   * The first capture that needs a new object at run time, as messages name it: compile-time
   * constants are inlined, not captured.
   *
   * @return a variable's name, {@code this}, or {@code null} if nothing is captured
   */
  public String firstRuntimeCapture() {
    return order.isEmpty() ? null : order.get(0);
  }

  private void addVariable(VariableElement variable, Tree use) {
    if (variables.putIfAbsent(variable, use) == null
        && !ElementUtils.isCompileTimeConstant(variable)) {
      order.add(variable.getSimpleName().toString());
    }
  }

  private void addThis(Tree use) {
    if (thisUse == null) {
      thisUse = use;
      order.add(THIS);
    }
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

  private static boolean isThisOrSuper(Tree tree) {
    Tree unwrapped =
        tree instanceof ExpressionTree ? TreeUtils.withoutParens((ExpressionTree) tree) : tree;
    if (unwrapped instanceof IdentifierTree) {
      return isThisOrSuper(((IdentifierTree) unwrapped).getName());
    }
    return unwrapped instanceof MemberSelectTree
        && isThisOrSuper(((MemberSelectTree) unwrapped).getIdentifier());
  }

  private static boolean isThisOrSuper(CharSequence name) {
    return THIS.contentEquals(name) || "super".contentEquals(name);
  }

  /** Walks the capturing code, keeping the classes declared inside it that it is in. */
  private final class Scanner extends TreeScanner<Void, Void> {
    private final Set<Element> declaredInside = new HashSet<>();
    private final Deque<TypeElement> insideClasses = new ArrayDeque<>();

    @Override
    public Void visitVariable(VariableTree tree, Void p) {
      declaredInside.add(TreeUtils.elementFromDeclaration(tree));
      return super.visitVariable(tree, p);
    }

    @Override
    public Void visitClass(ClassTree tree, Void p) {
      TypeElement type = TreeUtils.elementFromDeclaration(tree);
      if (type == null) {
        return super.visitClass(tree, p);
      }
      declaredInside.add(type);
      insideClasses.push(type);
      try {
        return super.visitClass(tree, p);
      } finally {
        insideClasses.pop();
      }
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void p) {
      if (isThisOrSuper(tree.getName())) {
        if (insideClasses.isEmpty()) {
          addThis(tree);
        }
        return null;
      }
      Element element = TreeUtils.elementFromUse(tree);
      if (element == null) {
        return null;
      }
      if (isLocal(element)) {
        if (!declaredInside.contains(element)) {
          addVariable((VariableElement) element, tree);
        }
      } else if ((element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.METHOD)
          && !ElementUtils.isStatic(element)
          && !providedInside(element.getEnclosingElement())) {
        addThis(tree);
      }
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void p) {
      if (isThisOrSuper(tree.getIdentifier())) {
        Element outer = TreeUtils.elementFromTree(tree.getExpression());
        if (!(outer instanceof TypeElement) || !insideClasses.contains(outer)) {
          addThis(tree);
        }
        return null;
      }
      return super.visitMemberSelect(tree, p);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void p) {
      TypeElement created = ElementUtils.enclosingTypeElement(TreeUtils.elementFromUse(tree));
      if (created != null
          && created.getNestingKind() == NestingKind.MEMBER
          && !ElementUtils.isStatic(created)
          && tree.getEnclosingExpression() == null
          && !providedInside(created.getEnclosingElement())) {
        addThis(tree);
      }
      return super.visitNewClass(tree, p);
    }

    /**
     * Whether an instance of {@code owner} is a class declared inside the code, or inherited by
     * one.
     */
    private boolean providedInside(Element owner) {
      for (TypeElement inside : insideClasses) {
        if (inherits(inside, owner, new HashSet<>())) {
          return true;
        }
      }
      return false;
    }

    private boolean inherits(TypeElement type, Element owner, Set<TypeElement> seen) {
      if (type.equals(owner)) {
        return true;
      }
      if (!seen.add(type)) {
        return false;
      }
      List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
      supertypes.add(type.getSuperclass());
      for (TypeMirror supertype : supertypes) {
        if (supertype instanceof DeclaredType
            && inherits((TypeElement) ((DeclaredType) supertype).asElement(), owner, seen)) {
          return true;
        }
      }
      return false;
    }
  }
}
