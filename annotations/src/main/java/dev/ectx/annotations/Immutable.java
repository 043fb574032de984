package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deeply immutable: every field is {@code final} and of a primitive or immutable type. Immutable
 * values may be sent to every context.
 *
 * <p>{@code String}, boxed primitives, enums, {@code java.time} values and records of immutable
 * components are immutable without annotation.
 *
 * <pre>{@code
 * @Immutable
 * final class Reading {
 *   final int celsiusTimes100;
 *   final long timestamp;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface Immutable {}
