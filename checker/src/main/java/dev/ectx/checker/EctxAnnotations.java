package dev.ectx.checker;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.javacutil.AnnotationUtils;

/**
 * Reads ectx's annotations and their ecosystem aliases. Every rule looks annotations up here, by
 * qualified name, so that no dependency on the aliases' libraries is needed and the names are
 * written once.
 *
 * <ol>
 *   <li>Android's {@code @UiThread} and {@code @MainThread} mean context {@code ui};
 *       {@code @WorkerThread} means context {@code worker}; {@code @AnyThread} means
 *       {@code @AnyContext}. Both {@code androidx.annotation} and the older {@code
 *       android.support.annotation} are read.
 *   <li>JCIP, Error Prone and {@code javax.annotation.concurrent} {@code @Immutable} mean
 *       {@code @Immutable}; JCIP and {@code javax.annotation.concurrent} {@code @ThreadSafe} mean
 *       {@code @Shared}.
 * </ol>
 */
public final class EctxAnnotations {
  /** The package of ectx's annotations. */
  private static final String ECTX_PACKAGE = "dev.ectx.annotations.";

  private static final String EXECUTION_CONTEXT = ECTX_PACKAGE + "ExecutionContext";
  private static final String ANY_CONTEXT = ECTX_PACKAGE + "AnyContext";
  private static final String POLY_CONTEXT = ECTX_PACKAGE + "PolyContext";
  private static final String DECLARE_CONTEXTS = ECTX_PACKAGE + "DeclareContexts";

  /** The stub-file-only annotation that gives a library callback parameter a context. */
  private static final String CALLBACK_CONTEXT = "dev.ectx.checker.qual.CallbackContext";

  /** Annotations meaning {@code @Immutable}. */
  public static final Set<String> IMMUTABLE =
      Set.of(
          ECTX_PACKAGE + "Immutable",
          "net.jcip.annotations.Immutable",
          "javax.annotation.concurrent.Immutable",
          "com.google.errorprone.annotations.Immutable");

  /** Annotations meaning {@code @Shared}. */
  public static final Set<String> SHARED =
      Set.of(
          ECTX_PACKAGE + "Shared",
          "net.jcip.annotations.ThreadSafe",
          "javax.annotation.concurrent.ThreadSafe");

  /** The annotation {@code @Unique}, on a class: every reference to its instances is unique. */
  public static final Set<String> UNIQUE = Set.of(ECTX_PACKAGE + "Unique");

  /** The annotation {@code @MutAlias}. */
  public static final Set<String> MUT_ALIAS = Set.of(ECTX_PACKAGE + "MutAlias");

  /** The annotation {@code @AllocationFree}. */
  public static final Set<String> ALLOCATION_FREE = Set.of(ECTX_PACKAGE + "AllocationFree");

  /** The annotation {@code @Trusted}, which switches off the structural rules. */
  public static final Set<String> TRUSTED = Set.of(ECTX_PACKAGE + "Trusted");

  /** The name of the context of Android's UI thread annotations. */
  private static final String UI = "ui";

  /** The name of the context of Android's worker thread annotation. */
  private static final String WORKER = "worker";

  private static final Map<String, Context> CONTEXT_ALIASES =
      Map.of(
          "androidx.annotation.UiThread", Context.named(UI),
          "androidx.annotation.MainThread", Context.named(UI),
          "androidx.annotation.WorkerThread", Context.named(WORKER),
          "androidx.annotation.AnyThread", Context.ANY,
          "android.support.annotation.UiThread", Context.named(UI),
          "android.support.annotation.MainThread", Context.named(UI),
          "android.support.annotation.WorkerThread", Context.named(WORKER),
          "android.support.annotation.AnyThread", Context.ANY);

  private EctxAnnotations() {}

  /**
   * Whether {@code construct} carries one of the annotations named.
   *
   * @param construct an element or a type
   * @param names qualified annotation names, such as {@link #IMMUTABLE}
   * @return whether one of them is present
   */
  public static boolean hasAny(AnnotatedConstruct construct, Set<String> names) {
    for (AnnotationMirror annotation : construct.getAnnotationMirrors()) {
      if (names.contains(AnnotationUtils.annotationName(annotation))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The context that declaration or type annotations give: {@code @ExecutionContext},
   * {@code @AnyContext}, {@code @PolyContext} or an alias.
   *
   * @param annotations the annotations of one declaration or type
   * @return the context, or {@code null} if none of them names one
   */
  public static Context contextOf(Collection<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      Context context = contextOf(annotation);
      if (context != null) {
        return context;
      }
    }
    return null;
  }

  /**
   * The context one annotation gives.
   *
   * @param annotation an annotation
   * @return the context, or {@code null} if the annotation names none
   */
  static Context contextOf(AnnotationMirror annotation) {
    String name = AnnotationUtils.annotationName(annotation);
    switch (name) {
      case EXECUTION_CONTEXT:
      case CALLBACK_CONTEXT:
        String value = stringValue(annotation);
        return value == null ? null : Context.named(value);
      case ANY_CONTEXT:
        return Context.ANY;
      case POLY_CONTEXT:
        return Context.POLY;
      default:
        return CONTEXT_ALIASES.get(name);
    }
  }

  /**
   * Whether {@code annotation} is one of ectx's annotations or an alias of a context annotation, so
   * that carrying it opts a class in.
   *
   * @param annotation an annotation
   * @return whether it is an ectx annotation
   */
  static boolean isEctx(AnnotationMirror annotation) {
    String name = AnnotationUtils.annotationName(annotation);
    return name.startsWith(ECTX_PACKAGE) || CONTEXT_ALIASES.containsKey(name);
  }

  /**
   * Whether {@code annotation} means something to ectx: one of its own, or any alias.
   *
   * @param annotation an annotation
   * @return whether a rule reads it
   */
  static boolean isEctxOrAlias(AnnotationMirror annotation) {
    String name = AnnotationUtils.annotationName(annotation);
    return isEctx(annotation) || IMMUTABLE.contains(name) || SHARED.contains(name);
  }

  /**
   * Whether {@code annotation} is {@code @ExecutionContext}.
   *
   * @param annotation an annotation
   * @return whether it names a context by a string the user wrote
   */
  static boolean isExecutionContext(AnnotationMirror annotation) {
    return AnnotationUtils.annotationName(annotation).equals(EXECUTION_CONTEXT);
  }

  /**
   * Whether {@code annotation} is the stub files' {@code @CallbackContext}.
   *
   * @param annotation an annotation
   * @return whether it gives a library callback parameter a context
   */
  static boolean isCallbackContext(AnnotationMirror annotation) {
    return AnnotationUtils.annotationName(annotation).equals(CALLBACK_CONTEXT);
  }

  /**
   * The names that {@code @DeclareContexts} annotations among {@code annotations} declare.
   *
   * @param annotations the annotations of a package or class
   * @param into where to add the names
   */
  static void declaredNames(
      Collection<? extends AnnotationMirror> annotations, Collection<String> into) {
    for (AnnotationMirror annotation : annotations) {
      if (!AnnotationUtils.annotationName(annotation).equals(DECLARE_CONTEXTS)) {
        continue;
      }
      Object value = elementValue(annotation);
      if (value instanceof List) {
        for (Object item : (List<?>) value) {
          into.add(String.valueOf(((AnnotationValue) item).getValue()));
        }
      } else if (value != null) {
        into.add(value.toString());
      }
    }
  }

  /**
   * The {@code value} string of an annotation such as {@code @ExecutionContext("kernel")}.
   *
   * @param annotation the annotation
   * @return its value, or {@code null} if it has none
   */
  static String stringValue(AnnotationMirror annotation) {
    Object value = elementValue(annotation);
    return value == null ? null : value.toString();
  }

  private static Object elementValue(AnnotationMirror annotation) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }
}
