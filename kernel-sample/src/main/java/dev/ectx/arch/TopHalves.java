package dev.ectx.arch;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.hal.check.ContextGuard;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.hal.cpu.SystemControlSpace;
import dev.ectx.hal.mmio.RegisterBlock;

/**
 * The interrupt top halves, after Tock's {@code generic_isr}: a peripheral interrupt masks its
 * line at the NVIC and leaves it pending; the kernel loop sees it pending, runs the bottom half
 * in {@code kernel}, then clears and unmasks the line. No driver code runs in {@code irq}, and
 * nothing here allocates ({@code -Aectx.allocationFree=irq}).
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
    ContextGuard guard = ContextGuard.handlerMode(cpu, "irq", "kernel", "top half " + irq);
    cpu.setHandler(
        irq,
        line -> {
          guard.check();
          nvic.disable(line);
          nvic.setPending(line);
        });
  }

  /**
   * Installs SysTick's top half: it only turns its own exception off again (TICKINT), so that an
   * expired timeslice does not re-interrupt; the kernel reads the expiry from COUNTFLAG.
   *
   * @param cpu the core
   * @param scs the System Control Space registers
   * @param runningCsr the CSR value of a running SysTick without its exception
   */
  @ExecutionContext("boot")
  public static void installSysTick(Cpu cpu, RegisterBlock scs, int runningCsr) {
    cpu.setHandler(
        Nvic.SYSTICK_IRQ, irq -> scs.write(SystemControlSpace.SYST_CSR, runningCsr));
  }
}
