package dev.ectx.hal.cpu;

import dev.ectx.hal.mmio.Peripheral;

/**
 * The Cortex-M System Control Space at {@code 0xE000E000}: SysTick, the NVIC's banked registers,
 * ICSR, SHPR3 and STIR, for software that prefers raw registers to the {@link Nvic} methods.
 */
public final class SystemControlSpace extends Peripheral {
  /** Base address. */
  public static final int BASE = 0xE000_E000;
  /** SysTick control and status. */
  public static final int SYST_CSR = 0x010;
  /** SysTick reload value. */
  public static final int SYST_RVR = 0x014;
  /** SysTick current value. */
  public static final int SYST_CVR = 0x018;
  /** SysTick calibration (NOREF: no reference clock). */
  public static final int SYST_CALIB = 0x01C;
  /** Interrupt set-enable, bank 0 (bank 1 at +4). */
  public static final int NVIC_ISER0 = 0x100;
  /** Interrupt clear-enable, bank 0. */
  public static final int NVIC_ICER0 = 0x180;
  /** Interrupt set-pending, bank 0. */
  public static final int NVIC_ISPR0 = 0x200;
  /** Interrupt clear-pending, bank 0. */
  public static final int NVIC_ICPR0 = 0x280;
  /** Interrupt active bits, bank 0 (read-only). */
  public static final int NVIC_IABR0 = 0x300;
  /** Interrupt priority bytes, 4 lines a word (priority in bits 7:5 of each byte). */
  public static final int NVIC_IPR0 = 0x400;
  /** Interrupt control and state: VECTACTIVE in bits 8:0, PENDSTSET bit 26, PENDSTCLR bit 25. */
  public static final int ICSR = 0xD04;
  /** System handler priority 3: SysTick's priority in bits 31:29. */
  public static final int SHPR3 = 0xD20;
  /** Software trigger interrupt: write an IRQ number to pend it. */
  public static final int STIR = 0xF00;

  private static final int CALIB_NOREF = 1 << 31;
  private static final int ICSR_PENDSTSET = 1 << 26;
  private static final int ICSR_PENDSTCLR = 1 << 25;

  private final Cpu cpu;
  private final Nvic nvic;
  private final SysTick sysTick;

  /**
   * The SCS of {@code cpu}.
   *
   * @param cpu the core
   * @param sysTick its SysTick
   */
  public SystemControlSpace(Cpu cpu, SysTick sysTick) {
    super("SCS", BASE, cpu);
    this.cpu = cpu;
    this.nvic = cpu.nvic();
    this.sysTick = sysTick;
  }

  @Override
  public int read(int offset) {
    switch (offset) {
      case SYST_CSR:
        return sysTick.readCsr();
      case SYST_RVR:
        return sysTick.readReload();
      case SYST_CVR:
        return sysTick.currentValue();
      case SYST_CALIB:
        return CALIB_NOREF;
      case ICSR:
        return (cpu.ipsr() & 0x1FF)
            | ((nvic.latched & (1L << Nvic.SYSTICK_BIT)) != 0 ? ICSR_PENDSTSET : 0);
      case SHPR3:
        return (nvic.priorityByte(Nvic.SYSTICK_BIT) & 0xFF) << 24;
      default:
        break;
    }
    int bank = (offset >>> 2) & 1;
    if (offset >= NVIC_ISER0 && offset < NVIC_ISER0 + 8) {
      return nvic.bankWord(0, bank);
    }
    if (offset >= NVIC_ICER0 && offset < NVIC_ICER0 + 8) {
      return nvic.bankWord(0, bank);
    }
    if (offset >= NVIC_ISPR0 && offset < NVIC_ISPR0 + 8) {
      return nvic.bankWord(1, bank);
    }
    if (offset >= NVIC_ICPR0 && offset < NVIC_ICPR0 + 8) {
      return nvic.bankWord(1, bank);
    }
    if (offset >= NVIC_IABR0 && offset < NVIC_IABR0 + 8) {
      return nvic.bankWord(2, bank);
    }
    if (offset >= NVIC_IPR0 && offset < NVIC_IPR0 + Nvic.LINES) {
      int first = offset - NVIC_IPR0;
      int word = 0;
      for (int i = 0; i < 4; i++) {
        word |= (nvic.priorityByte(first + i) & 0xFF) << (8 * i);
      }
      return word;
    }
    throw unknownRegister(offset, "has no readable register at");
  }

  @Override
  public void write(int offset, int value) {
    switch (offset) {
      case SYST_CSR:
        sysTick.writeCsr(value);
        return;
      case SYST_RVR:
        sysTick.writeReload(value);
        return;
      case SYST_CVR:
        sysTick.writeCurrent();
        return;
      case ICSR:
        if ((value & ICSR_PENDSTSET) != 0) {
          nvic.pend(Nvic.SYSTICK_IRQ);
        } else if ((value & ICSR_PENDSTCLR) != 0) {
          nvic.latched &= ~(1L << Nvic.SYSTICK_BIT);
        }
        return;
      case SHPR3:
        nvic.setPriorityByte(Nvic.SYSTICK_BIT, value >>> 24);
        return;
      case STIR:
        nvic.pend(value & 0x1FF);
        return;
      default:
        break;
    }
    int bank = (offset >>> 2) & 1;
    if (offset >= NVIC_ISER0 && offset < NVIC_ISER0 + 8) {
      nvic.writeBankWord(0, bank, value, true);
    } else if (offset >= NVIC_ICER0 && offset < NVIC_ICER0 + 8) {
      nvic.writeBankWord(0, bank, value, false);
    } else if (offset >= NVIC_ISPR0 && offset < NVIC_ISPR0 + 8) {
      nvic.writeBankWord(1, bank, value, true);
    } else if (offset >= NVIC_ICPR0 && offset < NVIC_ICPR0 + 8) {
      nvic.writeBankWord(1, bank, value, false);
    } else if (offset >= NVIC_IPR0 && offset < NVIC_IPR0 + Nvic.LINES) {
      int first = offset - NVIC_IPR0;
      for (int i = 0; i < 4; i++) {
        nvic.setPriorityByte(first + i, value >>> (8 * i));
      }
    } else {
      throw unknownRegister(offset, "has no writable register at");
    }
  }
}
