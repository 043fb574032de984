package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The callee may use the argument during the call, but may not store, capture or return it.
 * Passing a {@code @Unique} value to a borrowed parameter does not move it.
 *
 * <pre>{@code
 * static int checksum(@Borrowed byte[] data) { ... }
 *
 * byte[] buf = new byte[16];
 * checksum(buf);
 * uart.transmit(buf);   // still unique: the call only borrowed it
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface Borrowed {}
