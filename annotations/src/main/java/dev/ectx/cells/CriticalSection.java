package dev.ectx.cells;

import java.util.function.Consumer;

/**
 * An unforgeable proof that interrupts are disabled, after the cortex-m crate's {@code
 * CriticalSection}. Only {@link #run} mints one, around code that runs with interrupts masked by
 * the platform's {@link InterruptMask}. It may be passed on, but never stored, returned, or
 * captured by a lambda that outlives the call; the checker enforces that ({@code cs.escape}) and
 * a token used after its section ended throws.
 *
 * <pre>{@code
 * cpu.free(cs -> counter.borrow(cs).increment());
 * }</pre>
 */
public final class CriticalSection {
  private boolean open = true;

  private CriticalSection() {}

  /**
   * The platform's interrupt mask (PRIMASK on a Cortex-M). Implemented by the platform, never by
   * drivers.
   */
  public interface InterruptMask {
    /**
     * Masks all interrupts.
     *
     * @return whether interrupts were already masked before the call
     */
    boolean disableInterrupts();

    /**
     * Restores the mask saved by {@link #disableInterrupts}.
     *
     * @param wasMasked the value {@code disableInterrupts} returned
     */
    void restoreInterrupts(boolean wasMasked);
  }

  /**
   * Runs {@code body} with interrupts masked and a fresh token; restores the previous mask
   * afterwards, even if {@code body} throws. Nested sections are allowed.
   *
   * @param mask the platform's interrupt mask
   * @param body the code that needs the token
   */
  public static void run(InterruptMask mask, Consumer<CriticalSection> body) {
    boolean wasMasked = mask.disableInterrupts();
    CriticalSection cs = new CriticalSection();
    try {
      body.accept(cs);
    } finally {
      cs.open = false;
      mask.restoreInterrupts(wasMasked);
    }
  }

  /**
   * Throws unless this token's section is still running.
   *
   * @throws IllegalStateException if the token escaped its section
   */
  void check() {
    if (!open) {
      throw new IllegalStateException(
          "CriticalSection used after its section ended: the token escaped free(cs -> ...)");
    }
  }
}
