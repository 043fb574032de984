package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds code or state to a named execution context: a flow of control that never runs
 * concurrently with itself (a kernel loop, one interrupt priority, an event loop, a UI thread).
 *
 * <ul>
 *   <li>On a method or constructor: it runs in that context and may only be called from it.
 *   <li>On a class or interface: its instances are <em>confined</em> to the context and its
 *       members default to it.
 *   <li>On a static field: only code of that context may read or write it.
 *   <li>On a type use of a callback type: lambdas, method references and anonymous classes
 *       passed there run in that context and are checked in it.
 * </ul>
 *
 * <p>Every name other than the built-in {@code boot} must be declared, with {@link
 * DeclareContexts} or the checker option {@code -Aectx.contexts=kernel,irq}.
 *
 * <pre>{@code
 * @ExecutionContext("kernel")
 * final class Button {
 *   private int presses;
 *   void bottomHalf() { presses++; }            // runs in kernel
 * }
 *
 * void onInterrupt(@ExecutionContext("irq") Runnable handler) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.TYPE_USE
})
public @interface ExecutionContext {
  /** The context's name, for example {@code "kernel"} or {@code "irq"}. */
  String value();
}
