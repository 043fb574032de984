package dev.ectx.checker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.checkerframework.javacutil.AnnotationUtils;

/**
 * Which declared types the context rules treat as sendable, for their two exemptions: a
 * {@code final} field of a sendable type may be read from any context, and a static field that
 * is {@code final} and sendable needs no confinement.
 *
 * <p>Sendable: primitives; enums; {@code String}, boxed primitives, {@code BigInteger}, {@code
 * BigDecimal}, {@code UUID}, {@code Pattern}, {@code java.time} values and atomics; classes and
 * type uses marked {@code @Immutable} or {@code @Shared} (or their JCIP, Error Prone and {@code
 * javax.annotation.concurrent} aliases) and {@code @Unique} type uses; records whose components
 * are all sendable; classes confined to a context (such a reference can only be dereferenced in
 * that context); callback type uses that carry a context.
 */
final class SendableTypes {
  private static final Set<String> KNOWN =
      Set.of(
          "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
          "java.lang.Character", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
          "java.lang.Double", "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID",
          "java.util.regex.Pattern");

  private static final List<String> KNOWN_PACKAGES =
      List.of("java.time.", "java.util.concurrent.atomic.");

  private static final Set<String> MARKERS =
      Set.of(
          "dev.ectx.annotations.Immutable", "dev.ectx.annotations.Shared",
          "dev.ectx.annotations.Unique", "net.jcip.annotations.Immutable",
          "net.jcip.annotations.ThreadSafe", "com.google.errorprone.annotations.Immutable",
          "javax.annotation.concurrent.Immutable", "javax.annotation.concurrent.ThreadSafe");

  private final Contexts contexts;
  private final Map<TypeElement, Boolean> classes = new HashMap<>();

  SendableTypes(Contexts contexts) {
    this.contexts = contexts;
  }

  /**
   * Whether values of {@code type} may cross contexts.
   *
   * @param type a type
   * @return whether it is sendable
   */
  boolean isSendable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (marked(type.getAnnotationMirrors())
        || ContextAnnotations.contextOf(type.getAnnotationMirrors()) != null) {
      return true;
    }
    return type.getKind() == TypeKind.DECLARED
        && isSendableClass((TypeElement) ((DeclaredType) type).asElement());
  }

  private boolean isSendableClass(TypeElement type) {
    Boolean cached = classes.get(type);
    if (cached != null) {
      return cached;
    }
    classes.put(type, false);
    boolean result = computeSendable(type);
    classes.put(type, result);
    return result;
  }

  private boolean computeSendable(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (type.getKind() == ElementKind.ENUM || KNOWN.contains(name)) {
      return true;
    }
    for (String prefix : KNOWN_PACKAGES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    if (marked(type.getAnnotationMirrors()) || contexts.confinementOf(type) != null) {
      return true;
    }
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
        if (!isSendable(component.asType())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean marked(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (MARKERS.contains(AnnotationUtils.annotationName(annotation))) {
        return true;
      }
    }
    return false;
  }
}
