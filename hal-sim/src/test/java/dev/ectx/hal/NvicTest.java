package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.hal.cpu.SystemControlSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NvicTest {
  private final Chip chip = Chip.builder().build();
  private final Cpu cpu = chip.cpu();
  private final Nvic nvic = chip.nvic();
  private final List<String> log = new ArrayList<>();

  @Test
  void pendingEnabledInterruptIsTakenAtOnceInHandlerMode() {
    cpu.setHandler(
        5,
        irq -> {
          log.add("irq" + irq + " ipsr=" + cpu.ipsr() + " handler=" + cpu.inHandlerMode());
        });
    nvic.enable(5);
    nvic.setPending(5);
    assertEquals(List.of("irq5 ipsr=21 handler=true"), log);
    assertFalse(cpu.inHandlerMode());
    assertFalse(nvic.isPending(5));
  }

  @Test
  void disabledLineStaysPendingUntilEnabled() {
    cpu.setHandler(5, irq -> log.add("irq5"));
    nvic.setPending(5);
    assertTrue(log.isEmpty());
    assertTrue(nvic.isPending(5));
    nvic.enable(5);
    assertEquals(List.of("irq5"), log);
  }

  @Test
  void higherPriorityPreemptsLowerAndNotTheOtherWay() {
    nvic.setPriority(1, 1);
    nvic.setPriority(2, 5);
    nvic.setPriority(3, 5);
    nvic.enable(1);
    nvic.enable(2);
    nvic.enable(3);
    cpu.setHandler(
        2,
        irq -> {
          log.add("low start");
          nvic.setPending(3); // same priority: must wait
          nvic.setPending(1); // higher: preempts here
          log.add("low end");
        });
    cpu.setHandler(
        1,
        irq -> {
          log.add("high active2=" + nvic.isActive(2));
          if (log.size() < 3) {
            nvic.setPending(2); // lower: must wait for low to return, then runs again
          }
          log.add("high end");
        });
    cpu.setHandler(3, irq -> log.add("same"));
    nvic.setPending(2);
    assertEquals(
        List.of("low start", "high active2=true", "high end", "low end", "low start",
            "high active2=true", "high end", "low end", "same"),
        log);
  }

  @Test
  void equalPriorityPendingAtOnceIsTakenInLineOrder() {
    cpu.setHandler(7, irq -> log.add("7"));
    cpu.setHandler(4, irq -> log.add("4"));
    nvic.enable(7);
    nvic.enable(4);
    cpu.free(
        cs -> {
          nvic.setPending(7);
          nvic.setPending(4);
        });
    assertEquals(List.of("4", "7"), log);
  }

  @Test
  void primaskDefersEveryInterruptUntilCleared() {
    cpu.setHandler(9, irq -> log.add("9 primask=" + cpu.primask()));
    nvic.enable(9);
    cpu.free(
        cs -> {
          nvic.setPending(9);
          cpu.step(1000);
          log.add("still masked");
        });
    assertEquals(List.of("still masked", "9 primask=false"), log);
  }

  @Test
  void nestedCriticalSectionsRestoreTheOuterMask() {
    cpu.setHandler(9, irq -> log.add("9"));
    nvic.enable(9);
    cpu.free(
        outer -> {
          cpu.free(inner -> nvic.setPending(9));
          log.add("after inner");
        });
    assertEquals(List.of("after inner", "9"), log);
  }

  @Test
  void bankedRegistersMirrorTheNvic() {
    nvic.enable(3);
    nvic.enable(40);
    assertEquals(1 << 3, chip.scs().read(SystemControlSpace.NVIC_ISER0));
    assertEquals(1 << 8, chip.scs().read(SystemControlSpace.NVIC_ISER0 + 4));
    chip.scs().write(SystemControlSpace.NVIC_ICER0 + 4, 1 << 8);
    assertFalse(nvic.isEnabled(40));
    chip.scs().write(SystemControlSpace.NVIC_IPR0 + 4, 0xE0 << 8); // IRQ 5 -> priority 7
    assertEquals(7, nvic.priority(5));
    chip.scs().write(SystemControlSpace.NVIC_ISPR0, 1 << 5);
    assertTrue(nvic.isPending(5));
    assertEquals(0x4001_1000, chip.rtc1().registers().base());
  }

  @Test
  void interruptWithoutHandlerIsAHardFault() {
    nvic.enable(11);
    assertThrows(HardFault.class, () -> nvic.setPending(11));
  }

  @Test
  void lineNumbersAreChecked() {
    assertThrows(HardFault.class, () -> nvic.enable(48));
    assertThrows(HardFault.class, () -> nvic.setPriority(1, 8));
  }
}
