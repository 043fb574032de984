package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body allocates nothing on the heap and calls only allocation-free code: no {@code new}, no
 * autoboxing, no string concatenation, no capturing lambda, no varargs call, no for-each over an
 * {@code Iterable}. Interrupt handlers must not allocate.
 *
 * <pre>{@code
 * @AllocationFree
 * void onInterrupt(int line) { pending |= 1 << line; }
 * }</pre>
 *
 * <p>Code of a context named in {@code -Aectx.allocationFree=irq} is allocation-free without
 * the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface AllocationFree {}
