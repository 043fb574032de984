package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request from a client into a driver (for example {@code transmit}). The audit reports a path
 * from a downcall to an {@link Upcall} with no deferral in between: a synchronous callback that
 * re-enters its client.
 *
 * <pre>{@code
 * interface Uart {
 *   @Downcall int transmit(byte @Unique [] buffer, int length);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface Downcall {}
