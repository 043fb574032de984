package dev.ectx.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Answers "which execution context does this code run in?", "which context is this member or class
 * bound to?" and "is this context name declared?". The rules ask; only this class (with its helpers
 * {@link EctxAnnotations}, {@link TypeUseContexts} and {@link TargetSites}) reads the context
 * annotations and their ecosystem aliases.
 *
 * <p>Resolution, in order:
 *
 * <ol>
 *   <li>A method or constructor: its own annotation ({@code @ExecutionContext},
 *       {@code @AnyContext}, {@code @PolyContext} or an alias); in an anonymous class, then the
 *       context of the anonymous class's target type, then the context of the method it overrides;
 *       then its class's context.
 *   <li>A class: its own annotation; for an anonymous class, its target type's context; then the
 *       context a supertype confines it to; for an anonymous or local class, the enclosing code's
 *       context; for an inner (non-static member) class, the enclosing class's context.
 *   <li>A lambda or method reference: its target type's context (on the parameter, variable, return
 *       type or cast it meets, or from the stub files for JDK thread APIs); then the context of the
 *       functional interface's method; then the enclosing code's context.
 *   <li>Everything else is {@link Context#ANY}.
 * </ol>
 *
 * Answers are cached per element and per lambda, so each is computed once per compilation.
 */
public final class Contexts {
  private final ExecutionContextAnnotatedTypeFactory factory;
  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final TargetSites targets;
  private final Set<String> optionNames;

  private final Map<Element, Optional<Context>> members = new HashMap<>();
  private final Map<Element, Optional<Context>> classes = new HashMap<>();
  private final Map<Tree, Optional<Context>> functions = new IdentityHashMap<>();
  private final Map<Element, Boolean> optIns = new HashMap<>();
  private final Map<Element, Boolean> declaresContexts = new HashMap<>();
  private final Map<Element, Set<String>> declarations = new HashMap<>();

  Contexts(ExecutionContextAnnotatedTypeFactory factory) {
    this.factory = factory;
    this.trees = Trees.instance(factory.getProcessingEnv());
    this.elements = factory.getElementUtils();
    this.types = factory.getProcessingEnv().getTypeUtils();
    this.targets = new TargetSites(factory);
    this.optionNames =
        parseNames(factory.getChecker().getOption(ExecutionContextChecker.CONTEXTS_OPTION));
  }

  /**
   * The context names of an option such as {@code -Aectx.contexts=kernel,irq}.
   *
   * @param option the option's value, or {@code null} if it is not given
   * @return the names, in order, without blanks
   */
  static Set<String> parseNames(String option) {
    Set<String> names = new LinkedHashSet<>();
    if (option != null) {
      for (String name : option.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * The context that the code at {@code path} runs in: its method's context, else its class's, else
   * (lambda, method reference, anonymous or local class) its target type's, else that of the
   * enclosing code. In a {@code @PolyContext} instance method of a confined class, that class's
   * context.
   *
   * @param path a path to an expression or statement
   * @return the context; {@link Context#ANY} for unannotated code
   */
  public Context contextOfCode(TreePath path) {
    return orAny(codeContext(path));
  }

  /**
   * The context a method or constructor is bound to, as its callers see it.
   *
   * @param method a method or constructor
   * @return its context, {@link Context#ANY} or {@link Context#POLY}
   */
  public Context contextOfMember(ExecutableElement method) {
    return orAny(declaredContextOf(method));
  }

  /**
   * The context a lambda or method reference runs in.
   *
   * @param path a path to a lambda expression or a method reference
   * @return the context; {@link Context#ANY} when neither its target nor its enclosing code has one
   */
  public Context contextOfFunction(TreePath path) {
    return orAny(functionContext(path));
  }

  /**
   * The context a class confines its instances to.
   *
   * @param type a class or interface
   * @return the context, or {@code null} if the class is not confined
   */
  public Context confinementOf(TypeElement type) {
    Context context = classContext(type);
    return context != null && context.isNamed() ? context : null;
  }

  /**
   * The context that confines a static field: its own {@code @ExecutionContext}, else its class's
   * confinement.
   *
   * @param field a static field
   * @return the context, or {@code null} if the field is not confined
   */
  public Context confinementOfStatic(VariableElement field) {
    Context own = EctxAnnotations.contextOf(field.getAnnotationMirrors());
    if (own != null) {
      return own.isNamed() ? own : null;
    }
    return confinementOf((TypeElement) field.getEnclosingElement());
  }

  /**
   * Whether ectx checks the declaration rules for this class: it, its enclosing class or one of
   * their members carries an ectx annotation (or an ecosystem alias), or its package declares
   * contexts. The contexts that the JDK stubs give to callbacks also apply only inside opted-in
   * classes.
   *
   * @param type a class
   * @return whether the class opted in
   */
  public boolean optedIn(TypeElement type) {
    TypeElement top = outermost(type);
    Boolean cached = optIns.get(top);
    if (cached == null) {
      PackageElement pkg = elements.getPackageOf(top);
      cached = !declaredOn(pkg).isEmpty() || carriesEctxAnnotation(top);
      optIns.put(top, cached);
    }
    return cached;
  }

  /**
   * Whether {@code name} is declared where {@code site} is (by {@code -Aectx.contexts}, or by
   * {@code @DeclareContexts} on an enclosing class or the package). {@code boot} always is.
   *
   * @param name a context name
   * @param site the element whose annotation uses the name
   * @return whether the name is declared
   */
  public boolean isDeclared(String name, Element site) {
    return name.equals(Context.BOOT_NAME) || declaredNamesAt(site).contains(name);
  }

  /**
   * The context names valid at {@code site}, in declaration order, {@code boot} first.
   *
   * @param site an element
   * @return the declared names
   */
  public Set<String> declaredNamesAt(Element site) {
    Set<String> names = new LinkedHashSet<>();
    names.add(Context.BOOT_NAME);
    names.addAll(optionNames);
    for (Element e = site; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement || e instanceof PackageElement) {
        names.addAll(declaredOn(e));
      }
      if (e instanceof PackageElement) {
        break;
      }
    }
    return names;
  }

  /**
   * The context written or inherited for a method, or {@code null} when nothing gives it one (it is
   * then implicitly {@link Context#ANY}).
   *
   * @param method a method or constructor
   * @return the declared context, or {@code null}
   */
  Context declaredContextOf(ExecutableElement method) {
    return cached(members, method, this::resolveMember);
  }

  /**
   * The methods that {@code method} overrides and whose class or supertypes can carry contexts.
   *
   * @param method a method
   * @return the overridden methods, nearest first
   */
  List<ExecutableElement> overriddenWithContexts(ExecutableElement method) {
    List<ExecutableElement> result = new ArrayList<>();
    if (method.getKind() != ElementKind.METHOD
        || method.getModifiers().contains(Modifier.STATIC)
        || method.getModifiers().contains(Modifier.PRIVATE)) {
      return result;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    Deque<TypeElement> work = new ArrayDeque<>(directSupertypes(owner));
    Set<TypeElement> seen = new HashSet<>();
    while (!work.isEmpty()) {
      TypeElement type = work.removeFirst();
      if (!seen.add(type) || !mayDeclareContexts(type)) {
        continue;
      }
      for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, candidate, owner)) {
          result.add(candidate);
        }
      }
      work.addAll(directSupertypes(type));
    }
    return result;
  }

  private Context resolveMember(Element element) {
    ExecutableElement method = (ExecutableElement) element;
    Context own = EctxAnnotations.contextOf(method.getAnnotationMirrors());
    if (own != null) {
      return own;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (owner.getNestingKind() == NestingKind.ANONYMOUS) {
      Context site = anonymousSiteContext(owner);
      if (site != null) {
        return site;
      }
      for (ExecutableElement overridden : overriddenWithContexts(method)) {
        Context inherited = declaredContextOf(overridden);
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return classContext(owner);
  }

  /** The context of a class's code and members, or {@code null} when nothing gives one. */
  Context classContext(TypeElement type) {
    return cached(classes, type, this::resolveClass);
  }

  private Context resolveClass(Element element) {
    TypeElement type = (TypeElement) element;
    Context own = EctxAnnotations.contextOf(type.getAnnotationMirrors());
    if (own != null) {
      return own;
    }
    NestingKind nesting = type.getNestingKind();
    if (nesting == NestingKind.ANONYMOUS) {
      Context site = anonymousSiteContext(type);
      if (site != null) {
        return site;
      }
    }
    for (TypeElement supertype : directSupertypes(type)) {
      Context inherited = classContext(supertype);
      if (inherited != null && inherited.isNamed()) {
        return inherited;
      }
    }
    if (nesting == NestingKind.ANONYMOUS || nesting == NestingKind.LOCAL) {
      TreePath path = trees.getPath(type);
      return path == null ? null : codeContext(path.getParentPath());
    }
    if (nesting == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)
        && type.getEnclosingElement() instanceof TypeElement) { // not javac's array class
      return classContext((TypeElement) type.getEnclosingElement());
    }
    return null;
  }

  /**
   * The context an anonymous class's target type gives it, or else the library constructor it is
   * created through.
   */
  private Context anonymousSiteContext(TypeElement anonymous) {
    TreePath path = trees.getPath(anonymous);
    if (path == null || path.getParentPath() == null) {
      return null;
    }
    TreePath creation = path.getParentPath();
    Context context = targets.contextAt(creation, optedIn(anonymous));
    if (context == null && creation.getLeaf() instanceof NewClassTree) {
      context = targets.ofAnonymousSubclass((NewClassTree) creation.getLeaf(), optedIn(anonymous));
    }
    return context;
  }

  private Context codeContext(TreePath path) {
    Tree child = null;
    for (TreePath p = path; p != null; child = p.getLeaf(), p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof LambdaExpressionTree) {
        return functionContext(p);
      }
      if (leaf instanceof MemberReferenceTree
          && ((MemberReferenceTree) leaf).getQualifierExpression() != child) {
        return functionContext(p);
      }
      if (leaf instanceof MethodTree) {
        ExecutableElement method = TreeUtils.elementFromDeclaration((MethodTree) leaf);
        if (method != null) {
          return bodyContext(method);
        }
      }
      if (leaf instanceof ClassTree) {
        TypeElement type = TreeUtils.elementFromDeclaration((ClassTree) leaf);
        return type == null ? null : classContext(type);
      }
    }
    return null;
  }

  /** A {@code @PolyContext} instance method of a confined class runs in that class's context. */
  private Context bodyContext(ExecutableElement method) {
    Context context = declaredContextOf(method);
    if (context != null && context.isPoly() && !method.getModifiers().contains(Modifier.STATIC)) {
      Context confinement = confinementOf((TypeElement) method.getEnclosingElement());
      return confinement != null ? confinement : context;
    }
    return context;
  }

  private Context functionContext(TreePath path) {
    Tree function = path.getLeaf();
    Optional<Context> known = functions.get(function);
    if (known != null) {
      return known.orElse(null);
    }
    functions.put(function, Optional.empty());
    Context context = targetContext(path);
    if (context == null) {
      context = codeContext(path.getParentPath());
    }
    functions.put(function, Optional.ofNullable(context));
    return context;
  }

  /**
   * Whether the target type of a lambda or method reference names the context it runs in (on the
   * parameter, variable, return type or cast it meets, by the stub files, or on the functional
   * interface's method or declaration), rather than leaving it to the enclosing code.
   *
   * @param path a path to a lambda expression or a method reference
   * @return whether its target gives it a named context
   */
  public boolean targetNamesContext(TreePath path) {
    Context context = targetContext(path);
    return context != null && context.isNamed();
  }

  /** The context a function's target gives it, or {@code null}. */
  private Context targetContext(TreePath path) {
    Context context = targets.contextAt(path, optedInAt(path));
    if (context == null) {
      ExecutableElement method = TreeUtils.findFunction(path.getLeaf(), factory.getProcessingEnv());
      context = method == null ? null : declaredContextOf(method);
    }
    return context;
  }

  /**
   * Whether the class around the code at {@code path} opted in ({@link #optedIn}).
   *
   * @param path a path inside a class
   * @return whether its innermost enclosing class opted in
   */
  public boolean optedInAt(TreePath path) {
    ClassTree enclosing = TreePathUtil.enclosingClass(path);
    TypeElement type = enclosing == null ? null : TreeUtils.elementFromDeclaration(enclosing);
    return type != null && optedIn(type);
  }

  /** Whether a type or one of its supertypes names a context for itself or a method. */
  private boolean mayDeclareContexts(TypeElement type) {
    Boolean cached = declaresContexts.get(type);
    if (cached != null) {
      return cached;
    }
    declaresContexts.put(type, false);
    boolean result = EctxAnnotations.contextOf(type.getAnnotationMirrors()) != null;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      result = result || EctxAnnotations.contextOf(method.getAnnotationMirrors()) != null;
    }
    for (TypeElement supertype : directSupertypes(type)) {
      result = result || mayDeclareContexts(supertype);
    }
    declaresContexts.put(type, result);
    return result;
  }

  private List<TypeElement> directSupertypes(TypeElement type) {
    List<TypeElement> result = new ArrayList<>();
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        result.add((TypeElement) ((DeclaredType) supertype).asElement());
      }
    }
    return result;
  }

  private Set<String> declaredOn(Element element) {
    Set<String> names = declarations.get(element);
    if (names == null) {
      names = new LinkedHashSet<>();
      EctxAnnotations.declaredNames(element.getAnnotationMirrors(), names);
      declarations.put(element, names);
    }
    return names;
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement top = type;
    for (Element e = type;
        e != null && !(e instanceof PackageElement);
        e = e.getEnclosingElement()) {
      if (e instanceof TypeElement) {
        top = (TypeElement) e;
      }
    }
    return top;
  }

  /** Whether an element or anything declared in it carries an ectx annotation. */
  private static boolean carriesEctxAnnotation(Element element) {
    if (hasEctx(element.getAnnotationMirrors())
        || hasEctx(element.asType().getAnnotationMirrors())) {
      return true;
    }
    if (element instanceof ExecutableElement) {
      ExecutableElement method = (ExecutableElement) element;
      if (hasEctx(method.getReturnType().getAnnotationMirrors())) {
        return true;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (carriesEctxAnnotation(parameter)) {
          return true;
        }
      }
    }
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        if (carriesEctxAnnotation(member)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasEctx(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (EctxAnnotations.isEctx(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** Memoizes {@code compute}; a recursive request for the same key sees {@code null}. */
  private static Context cached(
      Map<Element, Optional<Context>> cache, Element key, Function<Element, Context> compute) {
    Optional<Context> known = cache.get(key);
    if (known != null) {
      return known.orElse(null);
    }
    cache.put(key, Optional.empty());
    Context context = compute.apply(key);
    cache.put(key, Optional.ofNullable(context));
    return context;
  }

  private static Context orAny(Context context) {
    return context == null ? Context.ANY : context;
  }
}
