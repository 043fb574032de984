package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs in the context of its caller; when called on a receiver of a confined class, in that
 * class's context.
 *
 * <pre>{@code
 * @PolyContext
 * void log(String line) { ... }    // kernel code calling it runs it in kernel
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface PolyContext {}
