package dev.ectx.hal.cpu;

import dev.ectx.annotations.ExecutionContext;

/**
 * An interrupt service routine, installed in the vector table with {@link
 * Cpu#setHandler(int, InterruptHandler)}. It runs in handler mode, in context {@code irq}: a
 * lambda passed where this type is expected is checked in that context.
 *
 * <pre>{@code
 * cpu.setHandler(Gpiote.IRQ, irq -> {   // context irq
 *   nvic.disable(irq);
 *   nvic.setPending(irq);               // the kernel loop services it
 * });
 * }</pre>
 */
@ExecutionContext("irq")
@FunctionalInterface
public interface InterruptHandler {
  /**
   * Handles the exception.
   *
   * @param irq the IRQ number (0..47), or {@link Nvic#SYSTICK_IRQ} (-1) for SysTick
   */
  void handle(int irq);
}
