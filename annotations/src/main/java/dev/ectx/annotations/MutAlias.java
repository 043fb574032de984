package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Instances may be mutably aliased within one context, but never cross to another.
 *
 * <p>On a class it is checked structurally: every field holds a value that is itself
 * {@code @MutAlias}, immutable, shared, a cell, or uniquely owned. On a type use it names the
 * ordinary, non-sendable reference.
 *
 * <pre>{@code
 * @MutAlias
 * final class NetworkStack {          // two drivers of one context may both hold it
 *   private final TakeCell<byte[]> rxBuffer = new TakeCell<>();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface MutAlias {}
