package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A completion callback from a driver to its client (for example {@code transmitDone}). Must be
 * called later, from an interrupt bottom half or a deferred call, never from inside the {@link
 * Downcall} that requested it.
 *
 * <pre>{@code
 * interface UartClient {
 *   @Upcall void transmitDone(byte @Unique [] buffer, int result);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface Upcall {}
