package dev.ectx.checker.ownership;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Library knowledge about types: which JDK types are immutable or thread-safe without an
 * annotation, and which types are ectx's cells. (Annotation names are {@link
 * dev.ectx.checker.EctxAnnotations}'s.)
 */
final class KnownTypes {
  private KnownTypes() {}

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
      set("java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks");

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
