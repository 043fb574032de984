package dev.ectx.hal.mmio;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.hal.sched.Scheduler;

/**
 * The nRF peripheral idiom, shared by every nRF-style block:
 *
 * <ol>
 *   <li>TASKS registers (offsets 0x000..0x0FC): writing 1 starts something ({@link #task}).
 *   <li>EVENTS registers (0x100..0x17C): the hardware sets one to 1 ({@link #raise}); software
 *       clears it by writing 0 (and may set it by writing 1). Event {@code n} is at {@code 0x100 +
 *       4n}.
 *   <li>INTEN (0x300), INTENSET (0x304), INTENCLR (0x308): bit {@code n} enables event {@code
 *       n}'s interrupt.
 *   <li>SHORTS (0x200): task-to-event shortcuts, interpreted by the subclass.
 *   <li>The IRQ line is the OR of (event AND enabled), recomputed on every change; an event that
 *       is never cleared keeps the line high and re-fires forever.
 * </ol>
 *
 * <p>Faults common to all: a stuck event (writing 0 does not clear it, see {@link
 * #stickEvent}) and a stuck-busy block (started tasks never complete, see {@link
 * #setStuckBusy}).
 */
public abstract class NrfPeripheral extends Peripheral {
  /** First EVENTS register. */
  public static final int EVENTS_BASE = 0x100;
  /** SHORTS register. */
  public static final int SHORTS = 0x200;
  /** INTEN register. */
  public static final int INTEN = 0x300;
  /** INTENSET register: write 1s to enable. */
  public static final int INTENSET = 0x304;
  /** INTENCLR register: write 1s to disable. */
  public static final int INTENCLR = 0x308;

  /** The core (for time and the NVIC). */
  protected final Cpu cpu;
  /** The chip's scheduler. */
  protected final Scheduler scheduler;
  private final int irq;
  private final Nvic nvic;
  private int events;
  private int inten;
  private int stuckEvents;
  private boolean stuckBusy;
  /** The SHORTS register. */
  protected int shorts;

  /**
   * A block.
   *
   * @param name its name
   * @param base its base address
   * @param irq its IRQ line
   * @param cpu the core
   * @param scheduler the chip's scheduler
   */
  protected NrfPeripheral(String name, int base, int irq, Cpu cpu, Scheduler scheduler) {
    super(name, base, cpu);
    this.irq = irq;
    this.cpu = cpu;
    this.nvic = cpu.nvic();
    this.scheduler = scheduler;
    nvic.name(irq, name);
  }

  /** The IRQ line. */
  public final int irq() {
    return irq;
  }

  /**
   * The offset of event register {@code n}.
   *
   * @param n the event index
   * @return {@code 0x100 + 4n}
   */
  public static int eventOffset(int n) {
    return EVENTS_BASE + 4 * n;
  }

  @Override
  public final int read(int offset) {
    if (offset >= EVENTS_BASE && offset < EVENTS_BASE + 0x80) {
      return (events >>> eventIndex(offset)) & 1;
    }
    switch (offset) {
      case INTEN:
      case INTENSET:
      case INTENCLR:
        return inten;
      case SHORTS:
        return shorts;
      default:
        return readRegister(offset);
    }
  }

  @Override
  public final void write(int offset, int value) {
    if (offset < EVENTS_BASE) {
      if ((value & 1) != 0) {
        task(offset);
      }
      return;
    }
    if (offset < EVENTS_BASE + 0x80) {
      int bit = 1 << eventIndex(offset);
      if ((value & 1) != 0) {
        events |= bit;
      } else if ((stuckEvents & bit) == 0) {
        events &= ~bit;
      }
      updateLine();
      return;
    }
    switch (offset) {
      case INTEN:
        inten = value;
        break;
      case INTENSET:
        inten |= value;
        break;
      case INTENCLR:
        inten &= ~value;
        break;
      case SHORTS:
        shorts = value;
        return;
      default:
        writeRegister(offset, value);
        return;
    }
    updateLine();
    interruptsChanged();
  }

  /** INTEN changed; a subclass that generates some events only on demand reacts here. */
  protected void interruptsChanged() {}

  /**
   * The hardware generates event {@code offset}.
   *
   * @param offset the event register's offset
   */
  protected final void raise(int offset) {
    events |= 1 << eventIndex(offset);
    updateLine();
  }

  /**
   * Whether event {@code offset} is set.
   *
   * @param offset the event register's offset
   * @return the event's state
   */
  public final boolean eventSet(int offset) {
    return (events & (1 << eventIndex(offset))) != 0;
  }

  /**
   * Fault injection: event {@code offset} is set now and can no longer be cleared by software,
   * so an enabled interrupt fires forever (an interrupt storm).
   *
   * @param offset the event register's offset
   */
  public final void stickEvent(int offset) {
    stuckEvents |= 1 << eventIndex(offset);
    raise(offset);
  }

  /** Undoes {@link #stickEvent}: events clear normally again. */
  public final void unstickEvents() {
    stuckEvents = 0;
  }

  /**
   * Fault injection: while stuck busy, started tasks never complete (no end event ever comes).
   *
   * @param stuck whether the block is stuck
   */
  public final void setStuckBusy(boolean stuck) {
    this.stuckBusy = stuck;
  }

  /** Whether the block is stuck busy; subclasses do not schedule completions then. */
  protected final boolean stuckBusy() {
    return stuckBusy;
  }

  /**
   * Software wrote 1 to the task register at {@code offset}.
   *
   * @param offset the task's offset
   */
  protected abstract void task(int offset);

  /**
   * Reads a register that is not an event, INTEN or SHORTS.
   *
   * @param offset the offset
   * @return the value
   */
  protected abstract int readRegister(int offset);

  /**
   * Writes a register that is not a task, event, INTEN or SHORTS.
   *
   * @param offset the offset
   * @param value the value
   */
  protected abstract void writeRegister(int offset, int value);

  /** Whether this block asserts its IRQ line: some event is set and enabled. */
  public final boolean asserting() {
    return (events & inten) != 0;
  }

  /**
   * Whether another block sharing this IRQ line asserts it (TWIM0 and SPIM0 share IRQ 3); the
   * line is the OR of both.
   *
   * @return whether the sibling asserts the line
   */
  protected boolean siblingAsserts() {
    return false;
  }

  private void updateLine() {
    nvic.setLine(irq, (events & inten) != 0 || siblingAsserts());
  }

  private int eventIndex(int offset) {
    if ((offset & 3) != 0) {
      throw unknownRegister(offset, "has no aligned event register at");
    }
    return (offset - EVENTS_BASE) >>> 2;
  }
}
