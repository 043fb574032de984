package dev.ectx.checker.ownership;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Library knowledge about types: which JDK types are immutable or thread-safe without an
 * annotation, which ecosystem annotations mean ectx's, and which types are ectx's cells.
 */
final class KnownTypes {
  private KnownTypes() {}

  /** Annotations meaning {@code @Immutable}, matched by qualified name. */
  static final Set<String> IMMUTABLE_ANNOTATIONS =
      set(
          "dev.ectx.annotations.Immutable",
          "net.jcip.annotations.Immutable",
          "javax.annotation.concurrent.Immutable",
          "com.google.errorprone.annotations.Immutable");

  /** Annotations meaning {@code @Shared}, matched by qualified name. */
  static final Set<String> SHARED_ANNOTATIONS =
      set(
          "dev.ectx.annotations.Shared",
          "net.jcip.annotations.ThreadSafe",
          "javax.annotation.concurrent.ThreadSafe");

  /** The annotation meaning {@code @MutAlias}. */
  static final String MUT_ALIAS = "dev.ectx.annotations.MutAlias";

  /** The annotation that switches off the structural rules. */
  static final String TRUSTED = "dev.ectx.annotations.Trusted";

  /** The annotation that binds a class, member or type use to a context. */
  static final String EXECUTION_CONTEXT = "dev.ectx.annotations.ExecutionContext";

  /** The critical-section token. */
  static final String CRITICAL_SECTION = "dev.ectx.cells.CriticalSection";

  /** The cell guarded by a critical section, whose contents need not be sendable. */
  static final String CS_MUTEX = "dev.ectx.cells.CsMutex";

  /** The cell that holds a unique value. */
  static final String TAKE_CELL = "dev.ectx.cells.TakeCell";

  /** ectx's cells: a field of one of these satisfies rule M. */
  static final Set<String> CELLS =
      set(TAKE_CELL, "dev.ectx.cells.OptionalCell", "dev.ectx.cells.MapCell", CS_MUTEX);

  private static final Set<String> IMMUTABLE_JDK_TYPES =
      set(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.Void",
          "java.lang.Number",
          "java.lang.Class",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.UUID",
          "java.util.Locale",
          "java.util.regex.Pattern",
          "java.nio.charset.Charset",
          CRITICAL_SECTION);

  private static final Set<String> IMMUTABLE_JDK_PACKAGES = set("java.time", "java.time.chrono");

  private static final Set<String> THREAD_SAFE_JDK_PACKAGES =
      set(
          "java.util.concurrent",
          "java.util.concurrent.atomic",
          "java.util.concurrent.locks");

  /** Whether the JDK type is immutable without annotation (boxed types, String, java.time). */
  static boolean isImmutableJdkType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return IMMUTABLE_JDK_TYPES.contains(name) || IMMUTABLE_JDK_PACKAGES.contains(packageOf(name));
  }

  /** Whether the JDK type is thread-safe: atomics, locks and the concurrent collections. */
  static boolean isThreadSafeJdkType(TypeElement type) {
    return THREAD_SAFE_JDK_PACKAGES.contains(packageOf(type.getQualifiedName().toString()));
  }

  /** Whether the type is one of ectx's cells. */
  static boolean isCell(TypeElement type) {
    return CELLS.contains(type.getQualifiedName().toString());
  }

  private static String packageOf(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }

  private static Set<String> set(String... names) {
    return new HashSet<>(Arrays.asList(names));
  }
}
