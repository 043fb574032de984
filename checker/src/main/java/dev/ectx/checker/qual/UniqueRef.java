package dev.ectx.checker.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * Internal qualifier: a declaration (parameter, return, field, local, or every use of a
 * {@code @Unique} class) that holds the only reference to its object. Users write {@link
 * dev.ectx.annotations.Unique}, which maps onto this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
@SubtypeOf({Aliased.class})
public @interface UniqueRef {}
