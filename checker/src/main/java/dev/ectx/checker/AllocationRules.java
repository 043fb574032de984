package dev.ectx.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.ectx.annotations.AllocationFree;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.javacutil.ElementUtils;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Rule A, {@code alloc.forbidden}: allocation-free code allocates nothing on the heap.
 *
 * <p>Which code is allocation-free:
 *
 * <ol>
 *   <li>the body of a method or constructor annotated {@code @AllocationFree} (in source, or in a
 *       stub file such as {@code jdk-allocation.astub});
 *   <li>the body of every method (not constructor, not initialiser) of a class annotated
 *       {@code @AllocationFree}: construction is where a driver preallocates its buffers, once at
 *       boot;
 *   <li>the body of every method whose code runs in a context named by {@code
 *       -Aectx.allocationFree}, as {@link Contexts#contextOfCode} resolves it;
 *   <li>a lambda body (or the method a method reference names) when the lambda implements an
 *       {@code @AllocationFree} functional-interface method, when its own context is
 *       allocation-free, or when it is written in allocation-free code and runs in the same context
 *       (so it may run right there, as the argument of {@code TakeCell.map} does).
 * </ol>
 *
 * <p>What allocation-free code may not do is {@link AllocationScanner}'s list. Overrides: a method
 * that overrides an allocation-free method must itself be allocation-free, since callers of the
 * overridden method rely on it.
 *
 * <p>A callee is allocation-free when it is annotated (directly or by stub), when it is a method of
 * an {@code @AllocationFree} class, when it is a record accessor that javac generated, or when its
 * context is named by {@code -Aectx.allocationFree}. Everything else, including unannotated JDK
 * members, is not.
 */
final class AllocationRules {
  /** The diagnostic key of rule A. */
  static final String KEY = "alloc.forbidden";

  private final BaseTypeChecker checker;
  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Types types;
  private final Set<String> allocationFreeContexts;
  private final RuleScope scope;
  private final Map<TypeElement, Boolean> declaresAllocationFree = new HashMap<>();

  /**
   * Creates the rule for one checker run.
   *
   * @param checker the ectx checker, for its options and messages
   * @param factory the type factory, for declaration annotations (stubs included) and contexts
   * @param scope which code the rule can fire in
   */
  AllocationRules(
      BaseTypeChecker checker, ExecutionContextAnnotatedTypeFactory factory, RuleScope scope) {
    this.checker = checker;
    this.factory = factory;
    this.scope = scope;
    this.types = checker.getProcessingEnvironment().getTypeUtils();
    this.allocationFreeContexts =
        Contexts.parseNames(checker.getOption(ExecutionContextChecker.ALLOCATION_FREE_OPTION));
  }

  /**
   * Checks the members that {@code classPath}'s class declares: method bodies and overrides, and
   * lambdas in field initialisers. Nested classes are not entered; the visitor calls this for each.
   * Code in which no rule can fire ({@link RuleScope}) is not scanned: it is neither
   * allocation-free nor holds a lambda that is.
   *
   * @param classPath the path to a class, interface, enum or record declaration
   */
  void checkClass(TreePath classPath) {
    ClassTree type = (ClassTree) classPath.getLeaf();
    for (Tree member : type.getMembers()) {
      TreePath memberPath = new TreePath(classPath, member);
      if (member instanceof MethodTree) {
        checkMethod(memberPath, (MethodTree) member);
      } else if (!(member instanceof ClassTree) && scope.mayFire(memberPath)) {
        // Field initialisers and initialiser blocks run at construction and may allocate, but a
        // lambda in them can still implement an @AllocationFree method.
        new AllocationScanner(this, null).scan(memberPath, null);
      }
    }
  }

  private void checkMethod(TreePath methodPath, MethodTree tree) {
    ExecutableElement method = TreeUtils.elementFromDeclaration(tree);
    if (method == null) {
      return;
    }
    if (!scope.mayFire(methodPath)) {
      checkOverride(tree, method);
      return;
    }
    if (tree.getBody() == null) {
      if (!isAllocationFree(method)) {
        checkOverride(tree, method);
      }
      return;
    }
    TreePath bodyPath = new TreePath(methodPath, tree.getBody());
    String where = allocationFreeBecause(method, bodyPath);
    if (where == null) {
      checkOverride(tree, method);
    }
    new AllocationScanner(this, where).scan(bodyPath, null);
  }

  private void checkOverride(MethodTree tree, ExecutableElement method) {
    if (!inheritsAllocationFree(ElementUtils.enclosingTypeElement(method))) {
      return;
    }
    for (ExecutableElement overridden : ElementUtils.getOverriddenMethods(method, types)) {
      if (isAllocationFree(overridden)) {
        String what = fragment("alloc.forbidden.override", describe(method), describe(overridden));
        report(tree, what, fragment("alloc.forbidden.fix.override"));
        return;
      }
    }
  }

  /** Whether a supertype of {@code type} has an allocation-free method that could be overridden. */
  private boolean inheritsAllocationFree(TypeElement type) {
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (supertype instanceof DeclaredType
          && declaresAllocationFree((TypeElement) ((DeclaredType) supertype).asElement())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} or a supertype declares an overridable allocation-free method. */
  private boolean declaresAllocationFree(TypeElement type) {
    if (isJdk(type)) {
      return false;
    }
    Boolean known = declaresAllocationFree.get(type);
    if (known == null) {
      declaresAllocationFree.put(type, Boolean.FALSE);
      known = inheritsAllocationFree(type);
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        Set<Modifier> modifiers = method.getModifiers();
        known =
            known
                || (!modifiers.contains(Modifier.STATIC)
                    && !modifiers.contains(Modifier.PRIVATE)
                    && !modifiers.contains(Modifier.FINAL)
                    && isAllocationFree(method));
      }
      declaresAllocationFree.put(type, known);
    }
    return known;
  }

  /**
   * Why the body of {@code method} is allocation-free, as messages show it.
   *
   * @return the reason, or {@code null} if the body may allocate
   */
  private String allocationFreeBecause(ExecutableElement method, TreePath bodyPath) {
    if (isAnnotated(method)) {
      return fragment("alloc.forbidden.where.method", describe(method));
    }
    if (method.getKind() != ElementKind.METHOD) {
      return null;
    }
    TypeElement owner = ElementUtils.enclosingTypeElement(method);
    if (isAnnotated(owner)) {
      return fragment("alloc.forbidden.where.class", describe(method), owner.getSimpleName());
    }
    return contextReason(bodyPath);
  }

  private String contextReason(TreePath codePath) {
    if (allocationFreeContexts.isEmpty()) {
      return null;
    }
    Context context = factory.contexts().contextOfCode(codePath);
    return isAllocationFreeContext(context)
        ? fragment("alloc.forbidden.where.context", context.name())
        : null;
  }

  private boolean isAllocationFreeContext(Context context) {
    return context.isNamed() && allocationFreeContexts.contains(context.name());
  }

  /**
   * Why the body of a lambda, or the method a method reference names, is allocation-free.
   *
   * @param functionPath the path to a lambda or method reference
   * @param enclosing why the code around it is allocation-free, or {@code null}
   * @return the reason, or {@code null} if the function's body may allocate
   */
  String functionAllocationFreeBecause(TreePath functionPath, String enclosing) {
    Tree function = functionPath.getLeaf();
    ExecutableElement implemented =
        TreeUtils.findFunction(function, checker.getProcessingEnvironment());
    if (isAllocationFree(implemented)) {
      return fragment("alloc.forbidden.where.function", describe(implemented));
    }
    if (allocationFreeContexts.isEmpty()) {
      return enclosing;
    }
    TreePath codePath =
        function instanceof LambdaExpressionTree
            ? new TreePath(functionPath, ((LambdaExpressionTree) function).getBody())
            : functionPath;
    String own = contextReason(codePath);
    if (own != null || enclosing == null) {
      return own;
    }
    // Handed to another context (work deferred to a kernel queue, say): checked there instead.
    Contexts contexts = factory.contexts();
    return contexts
            .contextOfCode(codePath)
            .equals(contexts.contextOfCode(functionPath.getParentPath()))
        ? enclosing
        : null;
  }

  /**
   * Whether allocation-free code may call {@code callee}: it is annotated {@code @AllocationFree}
   * (in source or by stub), it is a method of an {@code @AllocationFree} class, it is a generated
   * record accessor, or it is bound to a context named by {@code -Aectx.allocationFree}.
   *
   * @param callee a method or constructor
   * @return whether it is allocation-free
   */
  boolean isAllocationFree(ExecutableElement callee) {
    if (isAnnotated(callee)) {
      return true;
    }
    if (callee.getKind() != ElementKind.METHOD) {
      return false;
    }
    if (isAnnotated(ElementUtils.enclosingTypeElement(callee))
        || isImplicitRecordAccessor(callee)) {
      return true;
    }
    return !allocationFreeContexts.isEmpty()
        && isAllocationFreeContext(factory.contexts().contextOfMember(callee));
  }

  /**
   * Whether {@code type} belongs to the JDK, whose members are allocation-free only by the
   * checker's stub file. That file lists only static and final members, so no JDK method that can
   * be overridden or implemented is allocation-free, and asking about one (which makes the
   * framework load its annotated JDK for the class) is not needed.
   *
   * @param type a class or interface
   * @return whether it is in a {@code java.} or {@code javax.} package
   */
  static boolean isJdk(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.");
  }

  /** A record's accessor that javac generated: it only returns a field. */
  private static boolean isImplicitRecordAccessor(ExecutableElement method) {
    return ElementUtils.isRecordAccessor(method)
        && ElementUtils.isAutoGeneratedRecordMember(method);
  }

  /**
   * Whether {@code element} is declared {@code @AllocationFree}. A stub file can say so only for
   * library code; for code compiled here the annotation is read directly, which spares the
   * framework's lookup of annotations inherited through overridden library methods.
   */
  private boolean isAnnotated(Element element) {
    if (element == null) {
      return false;
    }
    if (ElementUtils.isElementFromSourceCode(element)) {
      return EctxAnnotations.hasAny(element, EctxAnnotations.ALLOCATION_FREE);
    }
    return factory.getDeclAnnotation(element, AllocationFree.class) != null;
  }

  /**
   * How messages name a method or constructor: {@code List.add}, {@code constructor Object}.
   *
   * @param member a method or constructor
   * @return its short name
   */
  static String describe(ExecutableElement member) {
    String owner = describe(ElementUtils.enclosingTypeElement(member));
    return member.getKind() == ElementKind.CONSTRUCTOR
        ? "constructor " + owner
        : owner + "." + member.getSimpleName();
  }

  /** {@code Driver}, or {@code anonymous Runnable} for an anonymous class. */
  private static String describe(TypeElement type) {
    if (type.getNestingKind() != NestingKind.ANONYMOUS) {
      return type.getSimpleName().toString();
    }
    TypeMirror supertype =
        type.getInterfaces().isEmpty() ? type.getSuperclass() : type.getInterfaces().get(0);
    return "anonymous " + ((DeclaredType) supertype).asElement().getSimpleName();
  }

  /**
   * Reports {@code alloc.forbidden} on {@code tree}: {@code what} allocates in code that is
   * allocation-free because of {@code where}.
   *
   * @param tree the offending expression or statement
   * @param whatKey the messages.properties fragment naming what allocates
   * @param fixKey the fragment saying how to fix it
   * @param where why the code is allocation-free
   * @param whatArgs the fragment's arguments
   */
  void reportUse(Tree tree, String whatKey, String fixKey, String where, Object... whatArgs) {
    String what = fragment("alloc.forbidden.in", fragment(whatKey, whatArgs), where);
    report(tree, what, fragment(fixKey));
  }

  private void report(Tree tree, String what, String fix) {
    checker.reportError(tree, KEY, what, fix);
  }

  private String fragment(String key, Object... args) {
    return MessageFragments.format(checker, key, args);
  }

  /** The checker, whose processing environment the scanner uses. */
  BaseTypeChecker checker() {
    return checker;
  }
}
