package dev.ectx.cells;

import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;

/**
 * A value reachable only inside a critical section, after the cortex-m crate's {@code
 * Mutex<RefCell<T>>}: the one sanctioned way to share mutable state between the kernel and an
 * interrupt handler. The mutex itself is {@link Shared}; its contents need a {@link
 * CriticalSection} token, which proves that interrupts are masked.
 *
 * <pre>{@code
 * static final CsMutex<int[]> COUNTS = new CsMutex<>(new int[4]);
 *
 * cpu.free(cs -> COUNTS.borrow(cs)[line]++);
 * }</pre>
 *
 * @param <T> the type of the guarded value
 */
// Trusted: the mutable field is reachable only through a live CriticalSection token, which
// proves interrupts are masked; that is exactly what rule S cannot see structurally.
@Trusted
@Shared
public final class CsMutex<T> {
  private T value;

  /**
   * A mutex guarding {@code value}.
   *
   * @param value the guarded value
   */
  public CsMutex(T value) {
    this.value = value;
  }

  /**
   * The guarded value, for use inside the section that {@code cs} proves.
   *
   * @param cs the token of the running critical section
   * @return the guarded value
   * @throws IllegalStateException if {@code cs} is not of a running section
   */
  public T borrow(CriticalSection cs) {
    requireOpen(cs);
    return value;
  }

  /**
   * Replaces the guarded value inside the section that {@code cs} proves.
   *
   * @param cs the token of the running critical section
   * @param newValue the new value
   * @return the previous value
   */
  public T replace(CriticalSection cs, T newValue) {
    requireOpen(cs);
    T previous = value;
    value = newValue;
    return previous;
  }

  private static void requireOpen(CriticalSection cs) {
    if (cs == null) {
      throw new NullPointerException("CsMutex: no CriticalSection token");
    }
    cs.check();
  }
}
