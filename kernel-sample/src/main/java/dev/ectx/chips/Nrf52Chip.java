package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.arch.TopHalves;
import dev.ectx.cells.OptionalCell;
import dev.ectx.hal.check.ContextGuard;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.kernel.Chip;
import dev.ectx.kernel.KernelObserver;
import dev.ectx.kernel.KernelPanic;

/**
 * The chip as the kernel sees it, after Tock's {@code nrf52::chip::NRF52}: dispatches pending
 * interrupts to their peripheral drivers, sleeps with WFI, and masks interrupts with PRIMASK.
 *
 * <p>With the simulator's context checking on, servicing and sleeping assert thread mode: a
 * bottom half reached from a handler would throw.
 *
 * <p>Storm guard: a line found pending again right after its bottom half ran and its line was
 * cleared, {@value #STORM_LIMIT} times in a row, belongs to a peripheral whose event is not
 * cleared. It is quarantined (left masked), the observer hears of it, and the kernel goes on
 * without that peripheral instead of servicing it forever.
 */
@ExecutionContext("kernel")
public final class Nrf52Chip implements Chip {
  /** Back-to-back re-assertions of one line that count as a storm. */
  public static final int STORM_LIMIT = 64;

  private final Cpu cpu;
  private final Nvic nvic;
  private final ContextGuard guard;
  private final InterruptService @Unique [] services = new InterruptService[Nvic.LINES];
  private final int @Unique [] repeats = new int[Nvic.LINES];
  private final OptionalCell<KernelObserver> observer = new OptionalCell<>();
  private long quarantined;

  /**
   * The chip over the simulated core.
   *
   * @param cpu the core
   */
  @ExecutionContext("boot")
  public Nrf52Chip(Cpu cpu) {
    this.cpu = cpu;
    this.nvic = cpu.nvic();
    this.guard = ContextGuard.threadMode(cpu, "kernel", "the kernel loop");
  }

  /**
   * Routes {@code irq} to {@code service}: installs the generic top half and unmasks the line.
   *
   * @param irq the line
   * @param service the bottom half
   */
  @ExecutionContext("boot")
  public void register(int irq, InterruptService service) {
    services[irq] = service;
    TopHalves.installGeneric(cpu, irq);
    nvic.enable(irq);
  }

  /**
   * Sets who hears about quarantined lines.
   *
   * @param kernelObserver the kernel's observer
   */
  @ExecutionContext("boot")
  public void setObserver(KernelObserver kernelObserver) {
    observer.set(kernelObserver);
  }

  /** Whether {@code irq} was quarantined as a storm. */
  public boolean isQuarantined(int irq) {
    return (quarantined & (1L << irq)) != 0;
  }

  @Override
  public boolean hasPendingInterrupts() {
    return nextServiceable() >= 0;
  }

  private int nextServiceable() {
    int irq = nvic.nextPending();
    if (irq < 0 || !isQuarantined(irq)) {
      return irq;
    }
    for (int line = irq + 1; line < Nvic.LINES; line++) {
      if (!isQuarantined(line) && nvic.isPending(line)) {
        return line;
      }
    }
    return -1;
  }

  @Override
  public void servicePendingInterrupts() {
    guard.check();
    int irq;
    while ((irq = nextServiceable()) >= 0) {
      InterruptService service = services[irq];
      if (service == null) {
        throw new KernelPanic("interrupt " + nvic.nameOf(irq) + " is pending but has no handler");
      }
      service.handleInterrupt();
      nvic.clearPending(irq);
      if (nvic.isPending(irq) && ++repeats[irq] >= STORM_LIMIT) {
        quarantine(irq);
      } else {
        if (!nvic.isPending(irq)) {
          repeats[irq] = 0;
        }
        nvic.enable(irq);
      }
    }
  }

  private void quarantine(int irq) {
    quarantined |= 1L << irq;
    nvic.disable(irq);
    observer.map(o -> o.interruptStorm(irq));
  }

  @Override
  public void sleep() {
    guard.check();
    cpu.wfi();
  }

  @Override
  public void atomic(Runnable body) {
    cpu.free(cs -> body.run());
  }
}
