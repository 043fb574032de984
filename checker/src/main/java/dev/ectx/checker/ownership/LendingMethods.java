package dev.ectx.checker.ownership;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Library knowledge about calls that only lend their arguments for the duration of the call, as if
 * the parameters were {@code @Borrowed}: the cells' {@code map}, {@code CriticalSection.run},
 * {@code forEach}, and the JDK's array and math utilities. Passing a unique value to them does not
 * alias it; a lambda passed to them does not outlive the call.
 */
final class LendingMethods {
  private LendingMethods() {}

  /** Classes all of whose static methods only read their arguments. */
  private static final Set<String> LENDING_CLASSES =
      new HashSet<>(
          Arrays.asList(
              "java.util.Arrays",
              "java.lang.Math",
              "java.lang.StrictMath",
              "java.lang.System",
              "java.util.Objects",
              "java.lang.String",
              "java.lang.Integer",
              "java.lang.Long",
              "java.lang.Byte",
              "java.lang.Short",
              "java.lang.Character"));

  /** Methods, by simple name, that only run their argument (a callback) during the call. */
  private static final Set<String> LENDING_CALLBACK_METHODS =
      new HashSet<>(Arrays.asList("map", "forEach", "ifPresent", "run", "removeIf", "replaceAll"));

  /** Classes whose {@link #LENDING_CALLBACK_METHODS} run their callback in place. */
  private static final Set<String> CALLBACK_OWNERS =
      new HashSet<>(
          Arrays.asList(
              "dev.ectx.cells.TakeCell",
              "dev.ectx.cells.MapCell",
              "dev.ectx.cells.OptionalCell",
              "dev.ectx.cells.CriticalSection",
              "java.lang.Iterable",
              "java.util.Collection",
              "java.util.List",
              "java.util.ArrayList",
              "java.util.Map",
              "java.util.HashMap",
              "java.util.Optional"));

  /** The cells whose {@code map} lends the held value to its callback as {@code @Borrowed}. */
  private static final Set<String> LENDING_CELLS =
      new HashSet<>(Arrays.asList("dev.ectx.cells.TakeCell", "dev.ectx.cells.MapCell"));

  /**
   * Whether {@code method} only lends its arguments.
   *
   * @param method the called method or constructor
   * @return whether no argument is retained after the call
   */
  static boolean lendsArguments(ExecutableElement method) {
    String owner = ownerName(method);
    if (LENDING_CLASSES.contains(owner)) {
      // Arrays.asList wraps its argument; the rest copy or read.
      return !method.getSimpleName().contentEquals("asList");
    }
    return CALLBACK_OWNERS.contains(owner)
        && LENDING_CALLBACK_METHODS.contains(method.getSimpleName().toString());
  }

  /**
   * Whether the callback passed to {@code method} receives the cell's value as {@code @Borrowed}.
   *
   * @param method the called method
   * @return whether it is a cell's {@code map}
   */
  static boolean lendsCellValue(ExecutableElement method) {
    return method.getSimpleName().contentEquals("map") && LENDING_CELLS.contains(ownerName(method));
  }

  private static String ownerName(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return owner instanceof TypeElement ? ((TypeElement) owner).getQualifiedName().toString() : "";
  }
}
