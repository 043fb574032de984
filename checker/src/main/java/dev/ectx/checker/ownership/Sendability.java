package dev.ectx.checker.ownership;

import static dev.ectx.checker.EctxAnnotations.hasAny;

import dev.ectx.checker.Contexts;
import dev.ectx.checker.EctxAnnotations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * What may cross from one context to another whatever its ownership: the one answer every rule
 * family uses (the context rules' exemptions for {@code final} fields of a sendable type, the
 * ownership rules' boundaries, the structural rules).
 *
 * <ol>
 *   <li>Sendable: primitives; immutable values; shared (thread-safe) values; references to objects
 *       of a confined class (their context is in their type, so they can only be dereferenced
 *       there); callbacks whose type use names a context; records all of whose components are
 *       sendable.
 *   <li>Immutable without annotation: primitives, {@code String}, boxed types, enums, {@code
 *       java.time} values and the other JDK value types of {@link KnownTypes}, records of immutable
 *       components, and sealed types all of whose variants are immutable.
 *   <li>Shared without annotation: the atomics, locks and concurrent collections of {@code
 *       java.util.concurrent}.
 *   <li>The ecosystem aliases of {@link EctxAnnotations} count as ectx's {@code @Immutable} and
 *       {@code @Shared}.
 * </ol>
 *
 * Answers about classes are cached, so each is computed once per compilation.
 */
public final class Sendability {
  private final Contexts contexts;
  private final Map<TypeElement, Boolean> immutableCache = new HashMap<>();
  private final Map<TypeElement, Boolean> sendableCache = new HashMap<>();

  /**
   * Creates the sendability oracle.
   *
   * @param contexts context resolution, for confined classes
   */
  public Sendability(Contexts contexts) {
    this.contexts = contexts;
  }

  /**
   * Whether every value of {@code type} may cross contexts.
   *
   * @param type a Java type
   * @return whether it is primitive, immutable, shared or confined
   */
  public boolean isSendable(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
      case NULL:
      case VOID:
        return true;
      case DECLARED:
        return hasAny(type, EctxAnnotations.IMMUTABLE)
            || hasAny(type, EctxAnnotations.SHARED)
            || EctxAnnotations.contextOf(type.getAnnotationMirrors()) != null
            || isSendable((TypeElement) ((DeclaredType) type).asElement());
      case TYPEVAR:
        return isSendable(((TypeVariable) type).getUpperBound());
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound != null && isSendable(bound);
      case INTERSECTION:
        for (TypeMirror bound2 : ((IntersectionType) type).getBounds()) {
          if (isSendable(bound2)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * Whether every instance of the class may cross contexts.
   *
   * @param type a class or interface
   * @return whether it is immutable, shared, confined, or a record of sendable components
   */
  public boolean isSendable(TypeElement type) {
    return memoized(
        sendableCache,
        type,
        t -> isImmutable(t) || isShared(t) || isConfined(t) || isSendableRecord(t));
  }

  private boolean isSendableRecord(TypeElement type) {
    if (type.getKind() != ElementKind.RECORD) {
      return false;
    }
    for (RecordComponentElement component : type.getRecordComponents()) {
      if (!isSendable(component.asType())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether values of {@code type} are deeply immutable.
   *
   * @param type a Java type
   * @return whether it is primitive or of an immutable class
   */
  public boolean isImmutable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type instanceof DeclaredType) {
      return hasAny(type, EctxAnnotations.IMMUTABLE)
          || isImmutable((TypeElement) ((DeclaredType) type).asElement());
    }
    if (type instanceof TypeVariable) {
      return isImmutable(((TypeVariable) type).getUpperBound());
    }
    return false;
  }

  /**
   * Whether the class is immutable: annotated so, or implicitly (see the class comment).
   *
   * @param type a class or interface
   * @return whether its instances are deeply immutable
   */
  public boolean isImmutable(TypeElement type) {
    return memoized(immutableCache, type, this::computeImmutable);
  }

  /**
   * Memoizes {@code compute}; a recursive question (a record that holds itself) sees {@code true}.
   */
  private static boolean memoized(
      Map<TypeElement, Boolean> cache, TypeElement type, Predicate<TypeElement> compute) {
    Boolean known = cache.get(type);
    if (known != null) {
      return known;
    }
    cache.put(type, Boolean.TRUE);
    boolean result = compute.test(type);
    cache.put(type, result);
    return result;
  }

  private boolean computeImmutable(TypeElement type) {
    if (hasAny(type, EctxAnnotations.IMMUTABLE)
        || type.getKind() == ElementKind.ENUM
        || KnownTypes.isImmutableJdkType(type)) {
      return true;
    }
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        if (!isImmutable(component.asType())) {
          return false;
        }
      }
      return true;
    }
    List<? extends TypeMirror> permitted = type.getPermittedSubclasses();
    if (type.getModifiers().contains(Modifier.SEALED) && !permitted.isEmpty()) {
      for (TypeMirror variant : permitted) {
        if (!isImmutable(variant)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether the class is internally thread-safe: {@code @Shared} (or JCIP {@code @ThreadSafe}), or
   * a concurrent JDK type.
   *
   * @param type a class or interface
   * @return whether it is shared
   */
  public boolean isShared(TypeElement type) {
    return hasAny(type, EctxAnnotations.SHARED) || KnownTypes.isThreadSafeJdkType(type);
  }

  /**
   * Whether the class is declared {@code @Shared} (or JCIP {@code @ThreadSafe}); the concurrent JDK
   * types are shared but not declared so, and are not checked by rule S.
   *
   * @param type a class
   * @return whether rule S applies to it
   */
  public boolean isDeclaredShared(TypeElement type) {
    return hasAny(type, EctxAnnotations.SHARED);
  }

  /**
   * Whether the class is declared {@code @Immutable} (or an alias).
   *
   * @param type a class
   * @return whether the immutable-class rule applies to it
   */
  public boolean isDeclaredImmutable(TypeElement type) {
    return hasAny(type, EctxAnnotations.IMMUTABLE);
  }

  /**
   * Whether the class is {@code @MutAlias}.
   *
   * @param type a class
   * @return whether its instances may be aliased within a context
   */
  public boolean isMutAlias(TypeElement type) {
    return hasAny(type, EctxAnnotations.MUT_ALIAS);
  }

  /**
   * Whether the class confines its instances to one context.
   *
   * @param type a class or interface
   * @return whether a reference to its instances is sendable
   */
  public boolean isConfined(TypeElement type) {
    return contexts.confinementOf(type) != null;
  }

  /**
   * Whether code can reach state through an instance of {@code type}: it or a superclass declares
   * an instance field. Capturing {@code this} of a stateless class shares nothing.
   *
   * @param type a class
   * @return whether it has instance fields
   */
  static boolean hasInstanceState(TypeElement type) {
    for (TypeElement t = type; t != null; t = superclassOf(t)) {
      if (!instanceFields(t).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static TypeElement superclassOf(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass instanceof DeclaredType
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  /** Whether {@code type} is the critical-section token. */
  static boolean isCriticalSection(TypeMirror type) {
    return type instanceof DeclaredType
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(KnownTypes.CRITICAL_SECTION);
  }

  /** The instance fields of a class. */
  static List<VariableElement> instanceFields(TypeElement type) {
    List<VariableElement> fields = ElementFilter.fieldsIn(type.getEnclosedElements());
    fields.removeIf(f -> f.getModifiers().contains(Modifier.STATIC));
    return fields;
  }

  /** Whether {@code element} or one of its enclosing elements is {@code @Trusted}. */
  static boolean isTrusted(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (hasAny(e, EctxAnnotations.TRUSTED)) {
        return true;
      }
      if (e.getKind() == ElementKind.PACKAGE) {
        return false;
      }
    }
    return false;
  }
}
