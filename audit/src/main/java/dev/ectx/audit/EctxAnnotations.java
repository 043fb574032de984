package dev.ectx.audit;

import java.util.List;
import java.util.Optional;

/**
 * The annotations the audit understands, matched by qualified name so that no library is needed:
 * ectx's own and the ecosystem's aliases (Android's thread annotations, JCIP and Error Prone).
 */
final class EctxAnnotations {
  static final String PACKAGE = "dev.ectx.annotations.";
  static final String EXECUTION_CONTEXT = PACKAGE + "ExecutionContext";

  private static final List<String> ANDROID = List.of("androidx.annotation.", "android.support.annotation.");
  private static final List<String> ANY =
      List.of(PACKAGE + "AnyContext", ANDROID.get(0) + "AnyThread", ANDROID.get(1) + "AnyThread");
  private static final List<String> UI = List.of(
      ANDROID.get(0) + "UiThread", ANDROID.get(0) + "MainThread",
      ANDROID.get(1) + "UiThread", ANDROID.get(1) + "MainThread");
  private static final List<String> WORKER =
      List.of(ANDROID.get(0) + "WorkerThread", ANDROID.get(1) + "WorkerThread");
  private static final List<String> SHARED = List.of(
      PACKAGE + "Shared", "net.jcip.annotations.ThreadSafe", "javax.annotation.concurrent.ThreadSafe");
  private static final List<String> IMMUTABLE = List.of(
      PACKAGE + "Immutable", "net.jcip.annotations.Immutable",
      "com.google.errorprone.annotations.Immutable", "javax.annotation.concurrent.Immutable");

  private EctxAnnotations() {}

  /** The context these annotations give a method or class, if any. */
  static Optional<Binding> binding(AnnotationSet a) {
    Optional<String> named = a.value(EXECUTION_CONTEXT);
    if (named.isPresent()) {
      return Optional.of(Binding.context(named.get()));
    }
    if (hasAny(a, UI)) {
      return Optional.of(Binding.context("ui"));
    }
    if (hasAny(a, WORKER)) {
      return Optional.of(Binding.context("worker"));
    }
    if (hasAny(a, ANY)) {
      return Optional.of(Binding.ANY);
    }
    if (a.has(PACKAGE + "PolyContext")) {
      return Optional.of(Binding.POLY);
    }
    return Optional.empty();
  }

  /** The context a type use names ({@code @ExecutionContext("irq") Runnable}), if any. */
  static Optional<String> typeUseContext(AnnotationSet a) {
    return binding(a).filter(Binding::isContext).map(Binding::context);
  }

  static boolean isShared(AnnotationSet a) {
    return hasAny(a, SHARED);
  }

  static boolean isImmutable(AnnotationSet a) {
    return hasAny(a, IMMUTABLE);
  }

  static boolean isTrusted(AnnotationSet a) {
    return a.has(PACKAGE + "Trusted");
  }

  static boolean isDowncall(AnnotationSet a) {
    return a.has(PACKAGE + "Downcall");
  }

  static boolean isUpcall(AnnotationSet a) {
    return a.has(PACKAGE + "Upcall");
  }

  private static boolean hasAny(AnnotationSet a, List<String> names) {
    for (String n : names) {
      if (a.has(n)) {
        return true;
      }
    }
    return false;
  }
}
