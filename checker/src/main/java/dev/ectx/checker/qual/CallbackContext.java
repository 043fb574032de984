package dev.ectx.checker.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Used only in the checker's stub files: lambdas, method references and anonymous classes passed to
 * the annotated parameter of a library method run in the named context. On a library constructor,
 * the methods of an anonymous subclass created through it run there (an anonymous {@code Thread}'s
 * {@code run()}). User code writes {@code @ExecutionContext} on the parameter's type or the class
 * instead; stub files cannot carry that type annotation because it is not a qualifier of the
 * checker's type hierarchy.
 *
 * <pre>{@code
 * interface Executor { void execute(@CallbackContext("worker") Runnable command); }
 * class Thread { @CallbackContext("worker") Thread(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.CONSTRUCTOR})
public @interface CallbackContext {
  /** The context the callback runs in. */
  String value();
}
