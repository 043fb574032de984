package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Callable from every context. The body may touch only context-free state: its parameters,
 * sendable values and objects that are not confined to a context.
 *
 * <pre>{@code
 * @AnyContext
 * static int crc8(@Borrowed byte[] data) { ... }
 * }</pre>
 *
 * <p>Unannotated methods of unannotated classes are {@code @AnyContext} by default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface AnyContext {}
