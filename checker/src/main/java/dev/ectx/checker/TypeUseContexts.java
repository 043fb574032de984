package dev.ectx.checker;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the context written on a type use: {@code @ExecutionContext("irq") Runnable handler} on a
 * parameter, a field, a local variable or a return type.
 *
 * <p>For code compiled in the same run, javac puts these annotations on the element's type. For
 * classes read from class files, JDK 17's javac keeps them only in the symbol's raw type attributes
 * (JDK-8225377, fixed in JDK 22), which this class reads reflectively so that the checker needs no
 * compile-time access to javac's internals. If that ever fails, a library's callback parameters
 * simply carry no context: the checker is then less strict, never wrong.
 */
final class TypeUseContexts {
  private static final RawTypeAttributes RAW = RawTypeAttributes.load();

  private TypeUseContexts() {}

  /**
   * The context on the type of parameter {@code index} of {@code method}; for the varargs
   * parameter, on its element type.
   *
   * @param method a method or constructor
   * @param index a parameter index (already clamped to the last parameter for varargs)
   * @return the context, or {@code null}
   */
  static Context ofParameter(ExecutableElement method, int index) {
    VariableElement parameter = method.getParameters().get(index);
    TypeMirror type = parameter.asType();
    if (method.isVarArgs()
        && index == method.getParameters().size() - 1
        && type.getKind() == TypeKind.ARRAY) {
      type = ((ArrayType) type).getComponentType();
    }
    Context context = EctxAnnotations.contextOf(type.getAnnotationMirrors());
    if (context == null) {
      context = EctxAnnotations.contextOf(RAW.find(method, "METHOD_FORMAL_PARAMETER", index));
    }
    return context;
  }

  /**
   * The context on the declared type of a field or local variable.
   *
   * @param variable a field, local variable or parameter
   * @return the context, or {@code null}
   */
  static Context ofVariable(Element variable) {
    Context context = EctxAnnotations.contextOf(variable.asType().getAnnotationMirrors());
    if (context == null && variable.getKind().isField()) {
      context = EctxAnnotations.contextOf(RAW.find(variable, "FIELD", -1));
    }
    return context;
  }

  /**
   * The context on the return type of {@code method}.
   *
   * @param method a method
   * @return the context, or {@code null}
   */
  static Context ofReturn(ExecutableElement method) {
    Context context = EctxAnnotations.contextOf(method.getReturnType().getAnnotationMirrors());
    if (context == null) {
      context = EctxAnnotations.contextOf(RAW.find(method, "METHOD_RETURN", -1));
    }
    return context;
  }

  /**
   * Whether a type use in the declaration of {@code element} (a parameter, the return type, a
   * field's type) carries an ectx annotation or alias, also when {@code element} comes from a class
   * file.
   *
   * @param element a method, field, variable or class
   * @return whether one of its type uses is annotated for ectx
   */
  static boolean hasEctxTypeUse(Element element) {
    for (AnnotationMirror annotation : RAW.all(element)) {
      if (EctxAnnotations.isEctxOrAlias(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** Reflective access to javac's {@code Symbol.getRawTypeAttributes()}. */
  private static final class RawTypeAttributes {
    private final Method rawTypeAttributes;
    private final Field position;
    private final Field targetType;
    private final Field parameterIndex;
    private final Field location;

    private RawTypeAttributes(
        Method rawTypeAttributes,
        Field position,
        Field targetType,
        Field parameterIndex,
        Field location) {
      this.rawTypeAttributes = rawTypeAttributes;
      this.position = position;
      this.targetType = targetType;
      this.parameterIndex = parameterIndex;
      this.location = location;
    }

    static RawTypeAttributes load() {
      try {
        Class<?> symbol = Class.forName("com.sun.tools.javac.code.Symbol");
        Class<?> compound = Class.forName("com.sun.tools.javac.code.Attribute$TypeCompound");
        Class<?> positionClass = Class.forName("com.sun.tools.javac.code.TypeAnnotationPosition");
        return new RawTypeAttributes(
            symbol.getMethod("getRawTypeAttributes"),
            compound.getField("position"),
            positionClass.getField("type"),
            positionClass.getField("parameter_index"),
            positionClass.getField("location"));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        return new RawTypeAttributes(null, null, null, null, null);
      }
    }

    /**
     * All type annotations of {@code element}, at every position.
     *
     * @param element a javac symbol
     * @return the annotations; empty when there are none or they cannot be read
     */
    List<AnnotationMirror> all(Element element) {
      return select(element, null, -1);
    }

    /**
     * The top-level type annotations of {@code element} at one position.
     *
     * @param element a javac symbol
     * @param target the name of javac's {@code TargetType}
     * @param index the parameter index, or -1 when the position has none
     * @return the annotations; empty when there are none or they cannot be read
     */
    List<AnnotationMirror> find(Element element, String target, int index) {
      return select(element, target, index);
    }

    /** The type annotations at {@code target} and {@code index}; all of them if target is null. */
    private List<AnnotationMirror> select(Element element, String target, int index) {
      List<AnnotationMirror> found = new ArrayList<>();
      if (rawTypeAttributes == null) {
        return found;
      }
      try {
        for (Object attribute : (List<?>) rawTypeAttributes.invoke(element)) {
          if (attribute instanceof AnnotationMirror
              && (target == null || isAt(attribute, target, index))) {
            found.add((AnnotationMirror) attribute);
          }
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        found.clear();
      }
      return found;
    }

    private boolean isAt(Object attribute, String target, int index)
        throws ReflectiveOperationException {
      Object where = position.get(attribute);
      return String.valueOf(targetType.get(where)).equals(target)
          && (index < 0 || parameterIndex.getInt(where) == index)
          && ((List<?>) location.get(where)).isEmpty();
    }
  }
}
