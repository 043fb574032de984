package dev.ectx.arch;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.Nvic;

/**
 * The interrupt top halves, after Tock's {@code generic_isr}: a peripheral interrupt masks its
 * line at the NVIC and leaves it pending; the kernel loop sees it pending, runs the bottom half
 * in {@code kernel}, then clears and unmasks the line. No driver code runs in {@code irq}.
 */
public final class TopHalves {
  private TopHalves() {}

  /**
   * Installs the generic top half for a peripheral line.
   *
   * @param cpu the core
   * @param irq the line
   */
  @ExecutionContext("boot")
  public static void installGeneric(Cpu cpu, int irq) {
    Nvic nvic = cpu.nvic();
    cpu.setHandler(
        irq,
        line -> {
          nvic.disable(line);
          nvic.setPending(line);
        });
  }
}
