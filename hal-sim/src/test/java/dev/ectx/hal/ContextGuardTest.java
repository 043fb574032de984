package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ectx.hal.check.ContextGuard;
import dev.ectx.hal.check.ContextViolation;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.periph.Gpiote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-time context checking: thread-mode objects touched in handler mode, and the reverse. */
class ContextGuardTest {
  private final Chip chip = Chip.builder().build();
  private final Cpu cpu = chip.cpu();
  private final ContextGuard kernelOnly = ContextGuard.threadMode(cpu, "kernel", "ButtonDriver");
  private final List<String> log = new ArrayList<>();

  private void touchFromHandler() {
    cpu.setHandler(Gpiote.IRQ, irq -> kernelOnly.check());
    chip.nvic().enable(Gpiote.IRQ);
    chip.nvic().setPending(Gpiote.IRQ);
  }

  @Test
  void threadModeObjectTouchedInHandlerModeNamesBothContexts() {
    cpu.setContextChecking(true);
    ContextViolation violation = assertThrows(ContextViolation.class, this::touchFromHandler);
    assertEquals(
        "ButtonDriver is bound to context 'kernel' (thread mode) but was touched from context"
            + " 'irq' (handler mode (GPIOTE (IRQ 6)))",
        violation.getMessage());
  }

  @Test
  void threadModeObjectTouchedInThreadModeIsFine() {
    cpu.setContextChecking(true);
    kernelOnly.check();
    cpu.free(cs -> kernelOnly.check()); // masking interrupts does not change the mode
  }

  @Test
  void checksAreOffUnlessTurnedOn() {
    touchFromHandler();
  }

  @Test
  void handlerModeObjectTouchedInThreadMode() {
    cpu.setContextChecking(true);
    ContextGuard irqOnly = ContextGuard.handlerMode(cpu, "irq", "kernel", "TopHalfQueue");
    cpu.setHandler(
        Gpiote.IRQ,
        irq -> {
          irqOnly.check();
          log.add("ok in handler");
        });
    chip.nvic().enable(Gpiote.IRQ);
    chip.nvic().setPending(Gpiote.IRQ);
    assertEquals(List.of("ok in handler"), log);
    ContextViolation violation = assertThrows(ContextViolation.class, irqOnly::check);
    assertEquals(
        "TopHalfQueue is bound to context 'irq' (handler mode) but was touched from context"
            + " 'kernel' (thread mode)",
        violation.getMessage());
  }
}
