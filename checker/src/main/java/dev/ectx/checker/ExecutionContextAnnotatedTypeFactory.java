package dev.ectx.checker;

import dev.ectx.checker.qual.Aliased;
import dev.ectx.checker.qual.UniqueRef;
import javax.lang.model.element.AnnotationMirror;
import org.checkerframework.common.basetype.BaseAnnotatedTypeFactory;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.javacutil.AnnotationBuilder;

/**
 * Answers "what is the qualifier here?" for the ownership hierarchy, and gives the rules access
 * to context resolution through {@link #contexts()}.
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
    super(checker);
    addAliasedTypeAnnotation(dev.ectx.annotations.Unique.class, unique);
    addAliasedTypeAnnotation(dev.ectx.annotations.MutAlias.class, aliased);
    this.contexts = new Contexts(this);
    postInit();
  }

  /** Context resolution: which context code runs in, and which contexts are declared. */
  public Contexts contexts() {
    return contexts;
  }
}
