package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The escape hatch, like Rust's {@code unsafe}: the structural rules (shared and mutable-alias
 * fields) are not checked in the annotated class or method. Every use is counted by {@code ectx
 * audit} and shown in reports, so say why it is safe in a comment next to it.
 *
 * <pre>{@code
 * // Safe: only written with interrupts disabled, see free(cs -> ...).
 * @Trusted
 * @Shared
 * final class RegisterGlue { private int[] words; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Trusted {}
