package dev.ectx.hal.cpu;

import dev.ectx.annotations.AllocationFree;
import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;
import dev.ectx.hal.trace.TraceSink;

/**
 * The Nested Vectored Interrupt Controller: 48 external lines with 3 priority bits (0 is the
 * highest priority, 7 the lowest), and the SysTick exception.
 *
 * <p>State per line, as on a Cortex-M4:
 *
 * <ol>
 *   <li><b>enabled</b> (ISER/ICER): only enabled lines are taken or wake WFI.
 *   <li><b>pending</b>: latched by software (ISPR, {@link #setPending}) or asserted by the
 *       peripheral's level-sensitive request line; taking the exception clears the latch, but a
 *       line whose peripheral still asserts it stays pending (so an uncleared event re-fires: a
 *       storm). Clearing the latch (ICPR) does not lower the peripheral's line.
 *   <li><b>active</b> (IABR): the handler is running or preempted.
 * </ol>
 *
 * <p>The software methods here (enable, setPending, ...) are register accesses and therefore
 * preemption points. Line numbers and bank layout follow the chip: bank 0 holds lines 0..31,
 * bank 1 lines 32..47.
 */
// Trusted: hardware state. The simulation runs on one Java thread and every access happens at a
// preemption point, so no access is ever interleaved with another: the NVIC is shareable between
// thread and handler mode the way the real one is, which rule S cannot see structurally.
@Trusted
@Shared
public final class Nvic {
  /** Number of external interrupt lines. */
  public static final int LINES = 48;
  /** The IRQ number of the SysTick exception (CMSIS {@code SysTick_IRQn}). */
  public static final int SYSTICK_IRQ = -1;
  /** The lowest priority (numerically largest) of the 3 priority bits. */
  public static final int LOWEST_PRIORITY = 7;

  /** Internal bit index of SysTick in the masks. */
  static final int SYSTICK_BIT = LINES;

  private static final long ALL_LINES = (1L << LINES) - 1;

  private final Cpu cpu;
  private final byte[] priority = new byte[LINES + 1];
  private final String[] names = new String[LINES + 1];
  long enabled = 1L << SYSTICK_BIT;
  long latched;
  long level;
  long active;
  private TraceSink trace = TraceSink.NONE;

  Nvic(Cpu cpu) {
    this.cpu = cpu;
    names[SYSTICK_BIT] = "SysTick";
  }

  // ---- software side: register accesses, preemption points ------------------------------------

  /**
   * Enables {@code irq} (a write to ISER).
   *
   * @param irq the line, 0..47
   */
  @AnyContext
  public void enable(int irq) {
    enabled |= bit(irq);
    cpu.access();
  }

  /**
   * Disables {@code irq} (a write to ICER). A disabled line can still become pending.
   *
   * @param irq the line, 0..47
   */
  @AnyContext
  @AllocationFree
  public void disable(int irq) {
    enabled &= ~bit(irq);
    cpu.access();
  }

  /**
   * Makes {@code irq} pending (a write to ISPR); it is taken at once if enabled and of higher
   * priority than the running code.
   *
   * @param irq the line, 0..47
   */
  @AnyContext
  @AllocationFree
  public void setPending(int irq) {
    latched |= bit(irq);
    cpu.access();
  }

  /**
   * Clears the pending latch of {@code irq} (a write to ICPR). A line still asserted by its
   * peripheral stays pending.
   *
   * @param irq the line, 0..47
   */
  @AnyContext
  public void clearPending(int irq) {
    latched &= ~bit(irq);
    cpu.access();
  }

  /**
   * Whether {@code irq} is pending (ISPR read).
   *
   * @param irq the line, 0..47
   * @return the pending state
   */
  @AnyContext
  public boolean isPending(int irq) {
    cpu.access();
    return ((latched | level) & bit(irq)) != 0;
  }

  /**
   * Whether {@code irq} is enabled (ISER read).
   *
   * @param irq the line, 0..47
   * @return the enable state
   */
  @AnyContext
  public boolean isEnabled(int irq) {
    cpu.access();
    return (enabled & bit(irq)) != 0;
  }

  /**
   * Whether {@code irq}'s handler is running or preempted (IABR read).
   *
   * @param irq the line, 0..47
   * @return the active state
   */
  @AnyContext
  public boolean isActive(int irq) {
    cpu.access();
    return (active & bit(irq)) != 0;
  }

  /**
   * Whether any enabled line is pending, whatever its priority and PRIMASK: the kernel loop's
   * "are interrupts pending?" question.
   *
   * @return whether an enabled line is pending
   */
  @AnyContext
  public boolean anyEnabledPending() {
    cpu.access();
    return ((latched | level) & enabled & ALL_LINES) != 0;
  }

  /**
   * The lowest-numbered pending line, enabled or not, or -1 if none: what a Tock kernel's
   * {@code next_pending} reads to dispatch interrupts it disabled in the top half.
   *
   * @return the line or -1
   */
  @AnyContext
  public int nextPending() {
    cpu.access();
    long pending = (latched | level) & ALL_LINES;
    return pending == 0 ? -1 : Long.numberOfTrailingZeros(pending);
  }

  /**
   * Sets the priority of {@code irq} (IPR byte, top 3 bits); 0 is the highest.
   *
   * @param irq the line, 0..47, or {@link #SYSTICK_IRQ}
   * @param value 0..7
   */
  @AnyContext
  public void setPriority(int irq, int value) {
    if (value < 0 || value > LOWEST_PRIORITY) {
      throw new HardFault("priority " + value + " out of range 0..7 for IRQ " + irq);
    }
    priority[index(irq)] = (byte) value;
    cpu.access();
  }

  /**
   * The priority of {@code irq}, 0..7.
   *
   * @param irq the line, 0..47, or {@link #SYSTICK_IRQ}
   * @return the priority
   */
  @AnyContext
  public int priority(int irq) {
    cpu.access();
    return priority[index(irq)];
  }

  /**
   * A 32-bit bank of a mask register, as the ISER/ISPR/IABR words read.
   *
   * @param mask which state: 0 enabled, 1 pending, 2 active
   * @param bank 0 (lines 0..31) or 1 (lines 32..47)
   * @return the word
   */
  int bankWord(int mask, int bank) {
    long bits;
    if (mask == 0) {
      bits = enabled;
    } else if (mask == 1) {
      bits = latched | level;
    } else {
      bits = active;
    }
    return (int) ((bits & ALL_LINES) >>> (32 * bank));
  }

  /** Applies a set (true) or clear word to enable (0) or pending (1) of {@code bank}. */
  void writeBankWord(int mask, int bank, int word, boolean set) {
    long bits = ((long) word & 0xFFFF_FFFFL) << (32 * bank) & ALL_LINES;
    if (mask == 0) {
      enabled = set ? enabled | bits : enabled & ~bits;
    } else {
      latched = set ? latched | bits : latched & ~bits;
    }
  }

  byte priorityByte(int index) {
    return (byte) (priority[index] << 5);
  }

  void setPriorityByte(int index, int value) {
    priority[index] = (byte) ((value & 0xFF) >>> 5);
  }

  // ---- hardware side ----------------------------------------------------------------------------

  /**
   * Sets the level of a peripheral's request line; called by peripheral models, not by software.
   *
   * @param irq the line, 0..47
   * @param high whether the peripheral requests an interrupt
   */
  @AnyContext
  public void setLine(int irq, boolean high) {
    long b = 1L << irq;
    boolean was = (level & b) != 0;
    if (was == high) {
      return;
    }
    level = high ? level | b : level & ~b;
    trace.irqLine(cpu.now(), irq, high);
  }

  /**
   * Latches the pending state of {@code irq} from hardware (an edge, like SysTick's wrap); not a
   * preemption point.
   *
   * @param irq the line, 0..47, or {@link #SYSTICK_IRQ}
   */
  @AnyContext
  public void pend(int irq) {
    latched |= 1L << index(irq);
  }

  /**
   * Names a line for diagnostics and traces.
   *
   * @param irq the line
   * @param name for example {@code "UARTE0"}
   */
  @AnyContext
  public void name(int irq, String name) {
    names[index(irq)] = name;
  }

  /**
   * The name given to a line, or {@code "IRQ n"}.
   *
   * @param irq the line, or {@link #SYSTICK_IRQ}
   * @return the name
   */
  @AnyContext
  public String nameOf(int irq) {
    String name = names[index(irq)];
    return name != null ? name + " (IRQ " + irq + ")" : "IRQ " + irq;
  }

  /** The peripherals' request lines now, bit n for line n (hardware view, no access). */
  @AnyContext
  public long lineLevels() {
    return level;
  }

  void setTrace(TraceSink trace) {
    this.trace = trace;
  }

  String rawName(int index) {
    return names[index];
  }

  @AllocationFree
  long pendingEnabled() {
    return (latched | level) & enabled;
  }

  int priorityAt(int index) {
    return priority[index];
  }

  /** The highest-priority line in {@code candidates} (ties: lowest exception number). */
  int highest(long candidates) {
    int best = -1;
    int bestPriority = Integer.MAX_VALUE;
    if ((candidates & (1L << SYSTICK_BIT)) != 0) {
      best = SYSTICK_BIT;
      bestPriority = priority[SYSTICK_BIT];
    }
    long m = candidates & ALL_LINES;
    while (m != 0) {
      int i = Long.numberOfTrailingZeros(m);
      m &= m - 1;
      if (priority[i] < bestPriority) {
        best = i;
        bestPriority = priority[i];
      }
    }
    return best;
  }

  void acknowledge(int index, long time) {
    latched &= ~(1L << index);
    active |= 1L << index;
    trace.irqActive(time, toIrq(index), true);
  }

  void deactivate(int index, long time) {
    active &= ~(1L << index);
    trace.irqActive(time, toIrq(index), false);
  }

  static int toIrq(int index) {
    return index == SYSTICK_BIT ? SYSTICK_IRQ : index;
  }

  static int index(int irq) {
    if (irq == SYSTICK_IRQ) {
      return SYSTICK_BIT;
    }
    if (irq < 0 || irq >= LINES) {
      throw noLine(irq);
    }
    return irq;
  }

  @AllocationFree
  private static long bit(int irq) {
    if (irq < 0 || irq >= LINES) {
      throw noLine(irq);
    }
    return 1L << irq;
  }

  /** The fault of a register access to a line the NVIC does not have. */
  // Suppressed: alloc.forbidden only. It allocates only to fault, and a HardFault ends the
  // simulated program, as the real core stops in its HardFault handler.
  @AllocationFree
  @SuppressWarnings("alloc.forbidden")
  private static HardFault noLine(int irq) {
    return new HardFault("no IRQ line " + irq + ": the NVIC has lines 0.." + (LINES - 1));
  }
}
