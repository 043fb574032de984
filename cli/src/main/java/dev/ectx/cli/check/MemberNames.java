package dev.ectx.cli.check;

import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The one spelling of member names that findings, baselines and the context map share: {@code
 * pkg.Outer.Inner#method(int,List,byte[])} for methods and constructors (parameter types by
 * simple name, without type arguments, varargs as arrays), {@code pkg.Class#field} for fields, {@code pkg.Class}
 * for the class itself. Computed alike from source trees and from elements.
 */
final class MemberNames {
  private MemberNames() {}

  /** The name of a method declared in the class {@code owner}. */
  static String method(String owner, String className, MethodTree method) {
    String name = method.getName().contentEquals("<init>") ? className : method.getName().toString();
    String params =
        method.getParameters().stream().map(MemberNames::typeName).collect(Collectors.joining(","));
    return owner + "#" + name + "(" + params + ")";
  }

  /** The name of a field declared in the class {@code owner}. */
  static String field(String owner, VariableTree field) {
    return owner + "#" + field.getName();
  }

  /** The name of a method, constructor or field element, or of a class element. */
  static String of(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    TypeElement owner = (TypeElement) element.getEnclosingElement();
    String ownerName = owner.getQualifiedName().toString();
    if (element instanceof ExecutableElement executable) {
      String name =
          executable.getKind() == ElementKind.CONSTRUCTOR
              ? owner.getSimpleName().toString()
              : executable.getSimpleName().toString();
      String params =
          executable.getParameters().stream()
              .map(p -> typeName(p.asType()))
              .collect(Collectors.joining(","));
      return ownerName + "#" + name + "(" + params + ")";
    }
    return ownerName + "#" + element.getSimpleName();
  }

  private static String typeName(VariableTree parameter) {
    return typeName(parameter.getType());
  }

  private static String typeName(Tree type) {
    if (type instanceof PrimitiveTypeTree primitive) {
      return primitive.getPrimitiveTypeKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof ArrayTypeTree array) {
      return typeName(array.getType()) + "[]";
    }
    if (type instanceof ParameterizedTypeTree parameterized) {
      return typeName(parameterized.getType());
    }
    if (type instanceof MemberSelectTree select) {
      return select.getIdentifier().toString();
    }
    if (type instanceof IdentifierTree identifier) {
      return identifier.getName().toString();
    }
    if (type instanceof com.sun.source.tree.AnnotatedTypeTree annotated) {
      return typeName(annotated.getUnderlyingType());
    }
    return type == null ? "var" : type.toString();
  }

  private static String typeName(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return typeName(array.getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared) {
      return declared.asElement().getSimpleName().toString();
    }
    if (type instanceof TypeVariable variable) {
      return variable.asElement().getSimpleName().toString();
    }
    return type.toString();
  }
}
