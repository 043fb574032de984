package dev.ectx.checker;

import dev.ectx.checker.qual.Aliased;
import dev.ectx.checker.qual.UniqueRef;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.common.basetype.BaseAnnotatedTypeFactory;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedArrayType;
import org.checkerframework.framework.type.NoElementQualifierHierarchy;
import org.checkerframework.framework.type.QualifierHierarchy;
import org.checkerframework.javacutil.AnnotationBuilder;

/**
 * Answers "what is the qualifier here?" for the ownership hierarchy, and gives the rules access to
 * context resolution through {@link #contexts()}.
 *
 * <p>The ownership qualifiers record what declarations say ({@code @Unique} parameters, returns,
 * fields, classes); the Checker Framework reads them for us from sources, class files and type
 * variable uses. They never make two types incompatible: ownership is flow-sensitive (a unique
 * value becomes aliased or moved), so the ownership rules run their own dataflow and report with
 * ectx's keys instead of the framework's subtyping errors. The framework's own flow refinement is
 * therefore switched off.
 */
public final class ExecutionContextAnnotatedTypeFactory extends BaseAnnotatedTypeFactory {
  /** The internal qualifier of an ordinary (aliasable) reference. */
  final AnnotationMirror aliased = AnnotationBuilder.fromClass(elements, Aliased.class);

  /** The internal qualifier of the only reference to its object. */
  final AnnotationMirror unique = AnnotationBuilder.fromClass(elements, UniqueRef.class);

  private final Contexts contexts;

  /**
   * Creates the factory for {@code checker}.
   *
   * @param checker the ectx checker
   */
  public ExecutionContextAnnotatedTypeFactory(BaseTypeChecker checker) {
    super(checker, false);
    addAliasedTypeAnnotation(dev.ectx.annotations.Unique.class, unique);
    addAliasedTypeAnnotation(dev.ectx.annotations.MutAlias.class, aliased);
    this.contexts = new Contexts(this);
    postInit();
  }

  /** Context resolution: which context code runs in, and which contexts are declared. */
  public Contexts contexts() {
    return contexts;
  }

  /**
   * Whether a declaration asks for a unique value: its type is {@code @Unique} (for an array of
   * primitives, on the array or on its element type), or its class is a {@code @Unique} class (also
   * for a local variable, which the framework's defaults would leave aliased).
   *
   * @param declared the declared type of a parameter, return, field or local
   * @return whether values stored there must be unique, and are moved in
   */
  public boolean isUnique(AnnotatedTypeMirror declared) {
    if (declared.hasPrimaryAnnotation(unique) || isUniqueClass(declared.getUnderlyingType())) {
      return true;
    }
    if (declared instanceof AnnotatedArrayType) {
      AnnotatedTypeMirror component = ((AnnotatedArrayType) declared).getComponentType();
      return component.getKind().isPrimitive() && component.hasPrimaryAnnotation(unique);
    }
    return false;
  }

  /** Whether {@code type} is of a {@code @Unique} class, whose every reference is unique. */
  private static boolean isUniqueClass(TypeMirror type) {
    return type instanceof DeclaredType
        && EctxAnnotations.hasAny(((DeclaredType) type).asElement(), EctxAnnotations.UNIQUE);
  }

  /**
   * Whether the declaration of {@code element} asks for a unique value.
   *
   * @param element a parameter, field or local variable
   * @return whether its declared type is unique
   */
  public boolean isUnique(Element element) {
    return element.asType().getKind() != TypeKind.ERROR && isUnique(getAnnotatedType(element));
  }

  @Override
  protected QualifierHierarchy createQualifierHierarchy() {
    return new PermissiveHierarchy();
  }

  /**
   * The two ownership qualifiers, ordered for least upper bounds, but never incompatible: the
   * ownership rules, not subtyping, decide what may flow where.
   */
  private final class PermissiveHierarchy extends NoElementQualifierHierarchy {
    PermissiveHierarchy() {
      super(getSupportedTypeQualifiers(), elements, ExecutionContextAnnotatedTypeFactory.this);
    }

    @Override
    public boolean isSubtypeQualifiers(AnnotationMirror subAnno, AnnotationMirror superAnno) {
      return true;
    }
  }
}
