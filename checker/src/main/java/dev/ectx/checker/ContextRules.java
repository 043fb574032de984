package dev.ectx.checker;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.ectx.checker.ownership.Sendability;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The context rules, checked over one top-level class at a time. Code of context A is the code
 * {@link Contexts#contextOfCode} places in A.
 *
 * <ol>
 *   <li>{@code context.call}: code of A calls or constructs a member of context B != A, unless B is
 *       {@code @AnyContext} or A is {@code boot}. A {@code @PolyContext} callee is allowed, except
 *       that on a receiver of a class confined to C it counts as a member of C. A method reference
 *       is checked as a call made by the code it becomes.
 *   <li>{@code context.field}: code of A touches an instance field of an object whose class is
 *       confined to B != A, unless A is {@code boot} or the field is {@code final} and of a
 *       sendable type.
 *   <li>{@code context.static}: in an opted-in class, a static field that is not {@code final} and
 *       sendable and is not confined (by its own {@code @ExecutionContext} or its class's);
 *       anywhere, code of A touching a static confined to B != A, with the same exemptions as
 *       {@code context.field}.
 *   <li>{@code context.override}: a method (or a lambda, or method reference) whose context differs
 *       from that of a method it overrides, where that method's context is declared. An explicit
 *       {@code @AnyContext} or {@code @PolyContext} may widen a named context; nothing may narrow
 *       {@code @AnyContext}.
 *   <li>{@code context.undeclared}: an {@code @ExecutionContext} name not declared where it is
 *       written.
 * </ol>
 */
final class ContextRules extends TreePathScanner<Void, Void> {
  /**
   * Names javac models as fields that are not state: {@code this}, {@code super}, {@code X.class}.
   */
  private static final Set<String> PSEUDO_FIELDS = Set.of("this", "super", "class");

  private final BaseTypeChecker checker;
  private final Contexts contexts;
  private final Sendability sendability;
  private final ProcessingEnvironment env;
  private final Types types;

  /**
   * Creates the rules for one checker run.
   *
   * @param checker the checker, which reports
   * @param contexts context resolution
   * @param sendability which field types are sendable, for the exemptions of rules 2 and 3
   */
  ContextRules(BaseTypeChecker checker, Contexts contexts, Sendability sendability) {
    this.checker = checker;
    this.contexts = contexts;
    this.sendability = sendability;
    this.env = checker.getProcessingEnvironment();
    this.types = env.getTypeUtils();
  }

  /**
   * Checks one top-level class.
   *
   * @param classPath the path to its declaration
   */
  void check(TreePath classPath) {
    scan(classPath, null);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void p) {
    ExecutableElement callee = TreeUtils.elementFromUse(tree);
    ExpressionTree receiver = TreeUtils.getReceiverTree(tree);
    checkCall(tree, callee, receiver == null ? null : TreeUtils.typeOf(receiver));
    return super.visitMethodInvocation(tree, p);
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void p) {
    checkCall(tree, TreeUtils.getSuperConstructor(tree), null);
    return super.visitNewClass(tree, p);
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void p) {
    Element referenced = TreeUtils.elementFromUse(tree);
    if (referenced instanceof ExecutableElement) {
      checkCall(
          tree, (ExecutableElement) referenced, TreeUtils.typeOf(tree.getQualifierExpression()));
    }
    checkFunctionOverride(tree);
    return super.visitMemberReference(tree, p);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void p) {
    checkFunctionOverride(tree);
    return super.visitLambdaExpression(tree, p);
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void p) {
    checkFieldAccess(tree);
    return super.visitIdentifier(tree, p);
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void p) {
    checkFieldAccess(tree);
    return super.visitMemberSelect(tree, p);
  }

  @Override
  public Void visitMethod(MethodTree tree, Void p) {
    ExecutableElement method = TreeUtils.elementFromDeclaration(tree);
    if (method != null) {
      checkOverride(tree, method);
    }
    return super.visitMethod(tree, p);
  }

  @Override
  public Void visitVariable(VariableTree tree, Void p) {
    VariableElement variable = TreeUtils.elementFromDeclaration(tree);
    if (variable != null
        && variable.getKind() == ElementKind.FIELD
        && variable.getModifiers().contains(Modifier.STATIC)) {
      checkStaticDeclaration(tree, variable);
    }
    return super.visitVariable(tree, p);
  }

  @Override
  public Void visitAnnotation(AnnotationTree tree, Void p) {
    AnnotationMirror annotation = TreeUtils.annotationFromAnnotationTree(tree);
    if (annotation != null && EctxAnnotations.isExecutionContext(annotation)) {
      String name = EctxAnnotations.stringValue(annotation);
      Element site = siteOf(getCurrentPath());
      if (name != null && site != null && !contexts.isDeclared(name, site)) {
        checker.reportError(
            tree, "context.undeclared", name, String.join(", ", contexts.declaredNamesAt(site)));
      }
    }
    return super.visitAnnotation(tree, p);
  }

  /** Rule 1. */
  private void checkCall(Tree tree, ExecutableElement callee, TypeMirror receiverType) {
    Context target = contexts.contextOfMember(callee);
    if (target.isPoly()) {
      if (callee.getModifiers().contains(Modifier.STATIC)) {
        return;
      }
      TypeElement receiverClass =
          receiverType == null ? enclosingClassOf(callee) : classOf(receiverType);
      target = receiverClass == null ? null : contexts.confinementOf(receiverClass);
      if (target == null) {
        return;
      }
    }
    if (target.isAny()) {
      return;
    }
    Context caller = contexts.contextOfCode(getCurrentPath());
    if (!mayCall(caller, target)) {
      checker.reportError(tree, "context.call", caller, describe(callee), target);
    }
  }

  /** Rules 2 and 3 at a use. */
  private void checkFieldAccess(ExpressionTree tree) {
    Element element = TreeUtils.elementFromUse(tree);
    if (element == null
        || element.getKind() != ElementKind.FIELD
        || PSEUDO_FIELDS.contains(element.getSimpleName().toString())) {
      return;
    }
    VariableElement field = (VariableElement) element;
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    Context owner;
    if (isStatic) {
      owner = contexts.confinementOfStatic(field);
    } else {
      TypeElement objectClass = objectClassOf(tree, field);
      owner = objectClass == null ? null : contexts.confinementOf(objectClass);
    }
    if (owner == null || isFinalAndSendable(field)) {
      return;
    }
    Context code = contexts.contextOfCode(getCurrentPath());
    if (code.equals(owner) || code.isBoot()) {
      return;
    }
    if (isStatic) {
      checker.reportError(
          tree, "context.static", describe(field), phrase("context.static.foreign", owner, code));
    } else {
      checker.reportError(tree, "context.field", code, describe(field), owner);
    }
  }

  /** Rule 3 at a declaration. */
  private void checkStaticDeclaration(VariableTree tree, VariableElement field) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    if (!contexts.optedIn(owner)
        || contexts.confinementOfStatic(field) != null
        || isFinalAndSendable(field)) {
      return;
    }
    checker.reportError(
        tree, "context.static", describe(field), phrase("context.static.unconfined"));
  }

  /** Rule 4 for methods. */
  private void checkOverride(MethodTree tree, ExecutableElement method) {
    Context own = contexts.declaredContextOf(method);
    for (ExecutableElement overridden : contexts.overriddenWithContexts(method)) {
      Context inherited = contexts.declaredContextOf(overridden);
      if (inherited != null && !mayOverride(own, inherited)) {
        checker.reportError(
            tree,
            "context.override",
            describe(method),
            own == null ? Context.ANY : own,
            describe(overridden),
            inherited);
        return;
      }
    }
  }

  /** Rule 4 for lambdas and method references, whose context their target gives. */
  private void checkFunctionOverride(ExpressionTree tree) {
    ExecutableElement function = TreeUtils.findFunction(tree, env);
    Context inherited = function == null ? null : contexts.declaredContextOf(function);
    if (inherited == null) {
      return;
    }
    Context own = contexts.contextOfFunction(getCurrentPath());
    if (!mayOverride(own, inherited)) {
      checker.reportError(
          tree,
          "context.override",
          phrase("context.override.function"),
          own,
          describe(function),
          inherited);
    }
  }

  private static boolean mayCall(Context caller, Context callee) {
    return callee.isAny() || caller.isBoot() || caller.equals(callee);
  }

  /**
   * Whether a method of context {@code own} ({@code null}: unannotated, so {@code @AnyContext}) may
   * override one of context {@code inherited}: the same context, or an explicit widening.
   */
  private static boolean mayOverride(Context own, Context inherited) {
    if (own == null) {
      return inherited.isAny();
    }
    if (own.equals(inherited)) {
      return true;
    }
    return !inherited.isAny() && (own.isAny() || (own.isPoly() && inherited.isNamed()));
  }

  private boolean isFinalAndSendable(VariableElement field) {
    return field.getModifiers().contains(Modifier.FINAL) && sendability.isSendable(field.asType());
  }

  /**
   * The class of the object whose field {@code tree} touches: the receiver's type, or for an
   * unqualified name the innermost enclosing class that has the field.
   */
  private TypeElement objectClassOf(ExpressionTree tree, VariableElement field) {
    if (tree instanceof MemberSelectTree) {
      return classOf(TreeUtils.typeOf(((MemberSelectTree) tree).getExpression()));
    }
    TypeElement owner = enclosingClassOf(field);
    TypeMirror ownerType = types.erasure(owner.asType());
    for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        TypeElement enclosing = TreeUtils.elementFromDeclaration((ClassTree) p.getLeaf());
        if (enclosing != null && types.isSubtype(types.erasure(enclosing.asType()), ownerType)) {
          return enclosing;
        }
      }
    }
    return owner;
  }

  private static TypeElement classOf(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }

  private static TypeElement enclosingClassOf(Element member) {
    Element owner = member.getEnclosingElement();
    return owner instanceof TypeElement ? (TypeElement) owner : null;
  }

  /** The declaration whose {@code @DeclareContexts} scope an annotation is in. */
  private static Element siteOf(TreePath path) {
    ClassTree enclosing = TreePathUtil.enclosingClass(path);
    return enclosing == null ? null : TreeUtils.elementFromDeclaration(enclosing);
  }

  private static String describe(Element member) {
    Element owner = member.getEnclosingElement();
    String ownerName = owner == null ? "" : owner.getSimpleName() + ".";
    if (member.getKind() == ElementKind.CONSTRUCTOR) {
      return "new " + member;
    }
    return ownerName + member;
  }

  private String phrase(String key, Object... args) {
    return MessageFragments.format(checker, key, args);
  }
}
