package dev.ectx.audit;

import java.util.List;
import sootup.core.signatures.MethodSignature;
import sootup.core.types.ArrayType;
import sootup.core.types.ClassType;
import sootup.core.types.PrimitiveType;
import sootup.core.types.Type;

/** Translates SootUp's signatures into the JVM descriptors the rest of the audit keys on. */
final class JimpleNames {
  private JimpleNames() {}

  static MethodKey key(MethodSignature sig) {
    return new MethodKey(
        sig.getDeclClassType().getFullyQualifiedName(),
        sig.getName(),
        descriptor(sig.getParameterTypes(), sig.getType()));
  }

  static String descriptor(List<Type> parameters, Type returnType) {
    StringBuilder sb = new StringBuilder("(");
    for (Type p : parameters) {
      sb.append(descriptor(p));
    }
    return sb.append(')').append(descriptor(returnType)).toString();
  }

  static String descriptor(Type type) {
    if (type instanceof ArrayType array) {
      return "[".repeat(array.getDimension()) + descriptor(array.getBaseType());
    }
    if (type instanceof ClassType c) {
      return "L" + c.getFullyQualifiedName().replace('.', '/') + ";";
    }
    if (type instanceof PrimitiveType p) {
      return switch (p.getName()) {
        case "boolean" -> "Z";
        case "byte" -> "B";
        case "char" -> "C";
        case "short" -> "S";
        case "int" -> "I";
        case "long" -> "J";
        case "float" -> "F";
        case "double" -> "D";
        default -> throw new IllegalArgumentException("unknown primitive " + p.getName());
      };
    }
    return "V";
  }
}
