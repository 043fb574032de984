package dev.ectx.checker;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.ectx.annotations.AllocationFree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Decides cheaply whether the rules that analyse code (ownership and sendability, allocation-free
 * code) can fire in a method at all, so that code which uses no ectx annotation and touches no
 * annotated API costs one tree walk and no dataflow.
 *
 * <p>Such a rule can fire only where one of these holds, and the code is skipped otherwise:
 *
 * <ol>
 *   <li>its class opted in ({@link Contexts#optedIn}): the JDK stubs' contexts, static stores and
 *       thread-safe JDK types are boundaries only there;
 *   <li>its code runs in a context other than {@code @AnyContext} (a named context can be a
 *       boundary, or allocation-free);
 *   <li>it writes an ectx annotation or an alias (on a local variable, a cast, a parameter);
 *   <li>it uses a member, class or functional interface that is ectx's (a cell, a {@code
 *       CriticalSection}), that carries an ectx annotation or alias (on the declaration or a type
 *       use, also in a class file), or whose class does (a {@code @Shared}, {@code @Unique} or
 *       confined class, directly, by an enclosing class, a supertype or its package).
 * </ol>
 *
 * Answers are cached per element and per method.
 */
public final class RuleScope {
  private static final String ECTX = "dev.ectx.";

  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Contexts contexts;
  private final Map<Element, Boolean> elements = new HashMap<>();
  private final Map<Element, Boolean> classes = new HashMap<>();
  private final Map<Tree, Boolean> code = new IdentityHashMap<>();

  RuleScope(ExecutionContextAnnotatedTypeFactory factory) {
    this.factory = factory;
    this.contexts = factory.contexts();
  }

  /**
   * Whether a code rule can fire in the method, field initialiser or initialiser block at {@code
   * path} (nested code included).
   *
   * @param path a path to a member of a class
   * @return {@code false} only if no ownership or allocation rule can fire there
   */
  public boolean mayFire(TreePath path) {
    Tree member = path.getLeaf();
    Boolean known = code.get(member);
    if (known == null) {
      known =
          contexts.optedInAt(path)
              || !contexts.contextOfCode(path).isAny()
              || new Uses().find(member);
      code.put(member, known);
    }
    return known;
  }

  /** Forgets the answers about code, when the checker moves on to the next top-level class. */
  void clearCode() {
    code.clear();
  }

  /** Whether ectx has something to say about uses of {@code element}. */
  private boolean isEctxElement(Element element) {
    Boolean known = elements.get(element);
    if (known == null) {
      known = computeEctxElement(element);
      elements.put(element, known);
    }
    return known;
  }

  private boolean computeEctxElement(Element element) {
    if (element instanceof TypeElement) {
      return isEctxClass((TypeElement) element);
    }
    if (annotated(element) || TypeUseContexts.hasEctxTypeUse(element)) {
      return true;
    }
    if (element instanceof ExecutableElement) {
      for (VariableElement parameter : ((ExecutableElement) element).getParameters()) {
        if (annotated(parameter)) {
          return true;
        }
      }
    }
    Element owner = element.getEnclosingElement();
    if (owner instanceof TypeElement && isEctxClass((TypeElement) owner)) {
      return true;
    }
    return element instanceof VariableElement && isEctxType(element.asType());
  }

  private boolean isEctxType(TypeMirror type) {
    return type instanceof DeclaredType
        && isEctxClass((TypeElement) ((DeclaredType) type).asElement());
  }

  private boolean isEctxClass(TypeElement type) {
    Boolean known = classes.get(type);
    if (known != null) {
      return known;
    }
    classes.put(type, Boolean.FALSE);
    boolean result =
        type.getQualifiedName().toString().startsWith(ECTX)
            || annotated(type)
            || TypeUseContexts.hasEctxTypeUse(type);
    Element enclosing = type.getEnclosingElement();
    if (!result && enclosing instanceof TypeElement) {
      result = isEctxClass((TypeElement) enclosing);
    } else if (!result && enclosing instanceof PackageElement) {
      result = declaresContexts(enclosing);
    }
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      result = result || isEctxType(supertype);
    }
    classes.put(type, result);
    return result;
  }

  private static boolean declaresContexts(Element pkg) {
    List<String> names = new ArrayList<>();
    EctxAnnotations.declaredNames(pkg.getAnnotationMirrors(), names);
    return !names.isEmpty();
  }

  private static boolean annotated(Element element) {
    return hasEctx(element.getAnnotationMirrors())
        || hasEctx(element.asType().getAnnotationMirrors());
  }

  private static boolean hasEctx(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (EctxAnnotations.isEctxOrAlias(annotation)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A functional interface's method that ectx knows, or that allocation-free code relies on (also
   * by a stub file; the JDK's own interfaces cannot be, see {@link AllocationRules#isJdk}).
   */
  private boolean isEctxFunction(ExecutableElement function) {
    if (function == null) {
      return false;
    }
    if (isEctxElement(function)) {
      return true;
    }
    Element owner = function.getEnclosingElement();
    return owner instanceof TypeElement
        && !AllocationRules.isJdk((TypeElement) owner)
        && factory.getDeclAnnotation(function, AllocationFree.class) != null;
  }

  /** One walk over a member, stopping at the first use of ectx. */
  private final class Uses extends TreeScanner<Boolean, Void> {
    boolean find(Tree member) {
      return Boolean.TRUE.equals(scan(member, null));
    }

    @Override
    public Boolean scan(Tree tree, Void p) {
      return tree != null && Boolean.TRUE.equals(super.scan(tree, p));
    }

    @Override
    public Boolean scan(Iterable<? extends Tree> trees, Void p) {
      if (trees != null) {
        for (Tree tree : trees) {
          if (scan(tree, p)) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public Boolean reduce(Boolean first, Boolean second) {
      return Boolean.TRUE.equals(first) || Boolean.TRUE.equals(second);
    }

    @Override
    public Boolean visitAnnotation(AnnotationTree tree, Void p) {
      AnnotationMirror annotation = TreeUtils.annotationFromAnnotationTree(tree);
      return annotation != null && EctxAnnotations.isEctxOrAlias(annotation);
    }

    @Override
    public Boolean visitIdentifier(IdentifierTree tree, Void p) {
      return uses(tree);
    }

    @Override
    public Boolean visitMemberSelect(MemberSelectTree tree, Void p) {
      return uses(tree) || super.visitMemberSelect(tree, p);
    }

    @Override
    public Boolean visitNewClass(NewClassTree tree, Void p) {
      ExecutableElement constructor = TreeUtils.elementFromUse(tree);
      return (constructor != null && isEctxElement(constructor)) || super.visitNewClass(tree, p);
    }

    @Override
    public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void p) {
      return isFunctionEctx(tree) || super.visitLambdaExpression(tree, p);
    }

    @Override
    public Boolean visitMemberReference(MemberReferenceTree tree, Void p) {
      return uses(tree) || isFunctionEctx(tree) || super.visitMemberReference(tree, p);
    }

    @Override
    public Boolean visitVariable(VariableTree tree, Void p) {
      VariableElement variable = TreeUtils.elementFromDeclaration(tree);
      return (variable != null && isEctxType(variable.asType())) || super.visitVariable(tree, p);
    }

    @Override
    public Boolean visitClass(ClassTree tree, Void p) {
      TypeElement type = TreeUtils.elementFromDeclaration(tree);
      return (type != null && isEctxClass(type)) || super.visitClass(tree, p);
    }

    private boolean uses(ExpressionTree tree) {
      Element element = TreeUtils.elementFromUse(tree);
      return element != null && isEctxElement(element);
    }

    private boolean isFunctionEctx(ExpressionTree function) {
      TypeMirror type = TreeUtils.typeOf(function);
      return isEctxType(type)
          || isEctxFunction(TreeUtils.findFunction(function, factory.getProcessingEnv()));
    }
  }
}
