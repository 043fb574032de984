package dev.ectx.checker.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.checkerframework.framework.qual.DefaultQualifierInHierarchy;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * Internal qualifier: a declaration that does not ask for a unique value (the default). Users write
 * {@link dev.ectx.annotations.MutAlias}, or nothing, which maps onto this.
 *
 * <p>The ownership qualifiers only carry what declarations say; whether a value is unique, aliased
 * or moved at a given point is flow-sensitive and computed by {@code
 * dev.ectx.checker.ownership.OwnershipFlow}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
@SubtypeOf({})
@DefaultQualifierInHierarchy
public @interface Aliased {}
