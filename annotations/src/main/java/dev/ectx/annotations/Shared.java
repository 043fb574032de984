package dev.ectx.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Internally thread-safe: hardware register blocks, interrupt-safe queues, atomics. A shared
 * value may be sent to every context; from another context only its {@link AnyContext} methods
 * may be called.
 *
 * <p>Checked structurally: every field is final and sendable, a volatile primitive, an atomic,
 * or a cell guarded by a {@code CsMutex}.
 *
 * <pre>{@code
 * @Shared
 * final class InterruptQueue {
 *   private final AtomicInteger pending = new AtomicInteger();
 *   @AnyContext void mark(int line) { pending.getAndUpdate(p -> p | (1 << line)); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
public @interface Shared {}
