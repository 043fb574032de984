package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only reference to its object. Passing it to a {@code @Unique} parameter, returning it,
 * storing it into a {@code @Unique} field or cell, or capturing it in a lambda of another context
 * <em>moves</em> it: the source variable may not be used again.
 *
 * <p>Write it on the array for an array type: {@code byte @Unique [] buffer}. On a class, every
 * instance is unique and may never be aliased.
 *
 * <pre>{@code
 * void transmit(byte @Unique [] buffer) { txBuffer.put(buffer); }
 *
 * byte[] buf = new byte[64];
 * uart.transmit(buf);   // moves buf
 * buf[0] = 1;           // error: [unique.moved]
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface Unique {}
