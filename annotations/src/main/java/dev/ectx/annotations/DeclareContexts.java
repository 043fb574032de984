package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the context names that are valid in a package (on {@code package-info.java}) or a
 * class, besides the built-in {@code boot}. A name used but never declared is an error, so a typo
 * cannot create a new context.
 *
 * <pre>{@code
 * @DeclareContexts({"kernel", "irq", "process"})
 * package dev.ectx.kernel;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface DeclareContexts {
  /** The declared context names. */
  String[] value();
}
