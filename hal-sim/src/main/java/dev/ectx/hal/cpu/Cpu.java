package dev.ectx.hal.cpu;

import dev.ectx.annotations.AllocationFree;
import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;
import dev.ectx.cells.CriticalSection;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.trace.TraceSink;
import java.util.function.Consumer;

/**
 * The Cortex-M4 core: thread and handler mode, IPSR, PRIMASK, the vector table, and the place
 * where interrupts are taken.
 *
 * <p>Simulated software runs as ordinary Java on one thread. Interrupts are taken only at
 * <em>preemption points</em>: every register access (through a {@code RegisterBlock} or the
 * {@link Nvic} methods), every {@link #step}, {@link #wfi}, and every change of PRIMASK. At a
 * preemption point the CPU:
 *
 * <ol>
 *   <li>advances virtual time by the cost of the access and fires the hardware events now due;
 *   <li>while PRIMASK is clear and an enabled pending exception has a priority higher
 *       (numerically lower) than the running code, enters it: the handler runs nested on the Java
 *       stack, in handler mode, with IPSR = 16 + IRQ (15 for SysTick). A handler is itself
 *       preempted by a strictly higher priority at its own preemption points.
 * </ol>
 *
 * <p>Runs are deterministic: everything depends on the program, its inputs and the seed.
 */
// Trusted: hardware state. The simulation runs on one Java thread and each access happens at a
// preemption point, so thread and handler mode never interleave inside an access, just as on the
// real core: rule S cannot see that structurally.
@Trusted
@Shared
public final class Cpu implements CriticalSection.InterruptMask {
  /** Cycles a peripheral register access costs (APB access on the nRF52). */
  public static final int ACCESS_CYCLES = 2;
  /** Cycles of exception entry (stacking), as on a Cortex-M4 with zero wait states. */
  public static final int ENTRY_CYCLES = 12;
  /** Cycles of exception return (unstacking). */
  public static final int EXIT_CYCLES = 10;
  /** The priority level of thread mode: below every configurable priority. */
  private static final int THREAD_PRIORITY = Nvic.LOWEST_PRIORITY + 1;

  private final Scheduler scheduler;
  private final Nvic nvic;
  private final InterruptHandler[] vectors = new InterruptHandler[Nvic.LINES + 1];
  private final int[] savedPriority = new int[Nvic.LINES + 2];
  private int depth;
  private int currentPriority = THREAD_PRIORITY;
  private int ipsr;
  private boolean primask;
  private long deadline = Long.MAX_VALUE;
  private int stormLimit = 100_000;
  private int entriesSinceThread;
  private long interruptsTaken;
  private long sleepCycles;
  private boolean contextChecking;
  private TraceSink trace = TraceSink.NONE;

  /**
   * A core at time zero, in thread mode, PRIMASK clear, with its own clock and scheduler.
   *
   * @param seed seeds every random choice of the simulation
   * @param jitterCycles the largest seeded delay added to peripheral completions; 0 for none
   */
  public Cpu(long seed, int jitterCycles) {
    this.scheduler = new Scheduler(seed, jitterCycles);
    this.nvic = new Nvic(this);
  }

  /** The chip's clock and event scheduler, which the peripheral models share. */
  @AnyContext
  public Scheduler scheduler() {
    return scheduler;
  }

  /** The interrupt controller. */
  @AnyContext
  public Nvic nvic() {
    return nvic;
  }

  /** The current virtual time in cycles (64 MHz). */
  @AnyContext
  public long now() {
    return scheduler.now();
  }

  // ---- vector table -----------------------------------------------------------------------------

  /**
   * Installs {@code handler} for {@code irq} in the vector table.
   *
   * @param irq the line, 0..47, or {@link Nvic#SYSTICK_IRQ}
   * @param handler the handler, which runs in context {@code irq}
   */
  @AnyContext
  public void setHandler(int irq, InterruptHandler handler) {
    vectors[Nvic.index(irq)] = handler;
  }

  // ---- modes and masks --------------------------------------------------------------------------

  /** IPSR: 0 in thread mode, else the running exception number (16 + IRQ, 15 for SysTick). */
  @AnyContext
  public int ipsr() {
    return ipsr;
  }

  /** Whether an exception handler is running. */
  @AnyContext
  @AllocationFree
  public boolean inHandlerMode() {
    return ipsr != 0;
  }

  /** The IRQ number of the running handler, {@link Nvic#SYSTICK_IRQ} for SysTick; thread: -2. */
  @AnyContext
  public int currentIrq() {
    return ipsr == 0 ? -2 : ipsr - 16;
  }

  /** Whether PRIMASK masks all configurable-priority exceptions. */
  @AnyContext
  public boolean primask() {
    return primask;
  }

  /** {@code cpsie i}: clears PRIMASK; pending interrupts are taken at once. */
  @AnyContext
  public void enableInterrupts() {
    primask = false;
    takeInterrupts();
  }

  /**
   * Masks interrupts (sets PRIMASK); the {@link CriticalSection.InterruptMask} half of {@link
   * #free}.
   *
   * @return whether PRIMASK was already set
   */
  @Override
  @AnyContext
  public boolean disableInterrupts() {
    boolean was = primask;
    primask = true;
    return was;
  }

  /**
   * Restores PRIMASK; if that unmasks, pending interrupts are taken at once.
   *
   * @param wasMasked the value {@link #disableInterrupts} returned
   */
  @Override
  @AnyContext
  public void restoreInterrupts(boolean wasMasked) {
    primask = wasMasked;
    if (!wasMasked) {
      takeInterrupts();
    }
  }

  /**
   * Runs {@code body} in a critical section: interrupts masked, with a {@link CriticalSection}
   * token as proof (the cortex-m crate's {@code interrupt::free}).
   *
   * @param body the code to run with interrupts masked
   */
  @AnyContext
  public void free(@Borrowed Consumer<CriticalSection> body) {
    CriticalSection.run(this, body);
  }

  // ---- execution --------------------------------------------------------------------------------

  /**
   * Executes {@code cycles} cycles of computation; hardware events due meanwhile fire at their
   * own time and interrupts are taken there. Handler time does not count against {@code cycles}.
   *
   * @param cycles cycles of work, at least 0
   */
  @AnyContext
  public void step(long cycles) {
    noteThreadProgress();
    long target = scheduler.now() + cycles;
    while (scheduler.nextTime() <= target) {
      if (scheduler.nextTime() >= deadline) {
        scheduler.advanceTo(deadline);
        halt();
      }
      scheduler.fireNext(target);
      long before = scheduler.now();
      takeInterrupts();
      target += scheduler.now() - before;
    }
    if (target >= deadline) {
      scheduler.advanceTo(deadline);
      halt();
    }
    scheduler.advanceTo(target);
    takeInterrupts();
  }

  /**
   * Wait For Interrupt: sleeps until an enabled interrupt of higher priority than the running
   * code becomes pending, jumping virtual time from event to event. It wakes even while PRIMASK
   * masks the interrupt (then the handler does not run until PRIMASK is cleared), which is what
   * lets a kernel check for work with interrupts disabled and sleep without a race.
   *
   * @throws SimulationHalted when the deadline passes, or when nothing is pending and nothing is
   *     scheduled (the CPU would sleep forever)
   */
  @AnyContext
  public void wfi() {
    noteThreadProgress();
    if (!wakeable()) {
      long start = scheduler.now();
      trace.sleeping(start, true);
      do {
        long next = scheduler.nextTime();
        if (next >= deadline) {
          if (deadline == Long.MAX_VALUE) {
            throw new SimulationHalted(
                "WFI with nothing pending and no event scheduled: the CPU would sleep forever",
                false);
          }
          scheduler.advanceTo(deadline);
          sleepCycles += deadline - start;
          trace.sleeping(deadline, false);
          halt();
        }
        scheduler.fireNext(next);
      } while (!wakeable());
      sleepCycles += scheduler.now() - start;
      trace.sleeping(scheduler.now(), false);
    }
    takeInterrupts();
  }

  /**
   * A register access: costs {@link #ACCESS_CYCLES}, fires due events, then takes pending
   * interrupts. Called by register blocks and the NVIC; peripheral models never call it.
   */
  @AnyContext
  @AllocationFree
  public void access() {
    scheduler.advance(ACCESS_CYCLES);
    if (ipsr == 0) {
      entriesSinceThread = 0;
    }
    long now = scheduler.now();
    if (now >= scheduler.nextTime() || now >= deadline) {
      catchUp();
    }
    if (!primask && nvic.pendingEnabled() != 0) {
      takeInterrupts();
    }
  }

  /**
   * Stops the run at virtual time {@code time}: the next preemption point at or after it throws
   * {@link SimulationHalted}.
   *
   * @param time absolute virtual time in cycles; {@link Long#MAX_VALUE} for none
   */
  @AnyContext
  public void setDeadline(long time) {
    this.deadline = time;
  }

  /** The current deadline, {@link Long#MAX_VALUE} if none. */
  @AnyContext
  public long deadline() {
    return deadline;
  }

  /**
   * How many exceptions may be taken back to back, without thread mode running, before {@link
   * InterruptStormException} is thrown.
   *
   * @param limit the limit, positive
   */
  @AnyContext
  public void setStormLimit(int limit) {
    this.stormLimit = limit;
  }

  /** How many exceptions were entered since reset. */
  @AnyContext
  public long interruptsTaken() {
    return interruptsTaken;
  }

  /** How many cycles the CPU spent asleep in WFI since reset. */
  @AnyContext
  public long sleepCycles() {
    return sleepCycles;
  }

  // ---- runtime context checking -----------------------------------------------------------------

  /**
   * Turns the runtime context assertions of {@code ContextGuard} on or off.
   *
   * @param on whether guards check
   */
  @AnyContext
  public void setContextChecking(boolean on) {
    this.contextChecking = on;
  }

  /** Whether runtime context assertions are on. */
  @AnyContext
  @AllocationFree
  public boolean contextChecking() {
    return contextChecking;
  }

  /** A description of what runs now: {@code "thread mode"} or {@code "handler mode (RTC1 ...)"}. */
  @AnyContext
  public String describeMode() {
    return ipsr == 0 ? "thread mode" : "handler mode (" + nvic.nameOf(currentIrq()) + ")";
  }

  /**
   * Sets where signal changes are traced.
   *
   * @param sink the sink
   */
  @AnyContext
  public void setTrace(TraceSink sink) {
    this.trace = sink;
    nvic.setTrace(sink);
  }

  // ---- internals --------------------------------------------------------------------------------

  private void noteThreadProgress() {
    if (ipsr == 0) {
      entriesSinceThread = 0;
    }
  }

  private boolean wakeable() {
    long candidates = nvic.pendingEnabled();
    return candidates != 0 && nvic.priorityAt(nvic.highest(candidates)) < currentPriority;
  }

  // Suppressed: alloc.forbidden only. The hardware behind a preemption point: due events run the
  // peripheral models (pre-allocated, see Scheduler) and taken exceptions run their handlers, which
  // are the interrupted code's allocation no more than on the real core; handlers are checked in
  // their own context. A halt allocates its exception and ends the run.
  @AllocationFree
  @SuppressWarnings("alloc.forbidden")
  private void catchUp() {
    long now = scheduler.now();
    while (scheduler.fireNext(now)) {
      takeInterrupts();
    }
    if (scheduler.now() >= deadline) {
      halt();
    }
  }

  private void halt() {
    throw new SimulationHalted("deadline reached at cycle " + deadline, true);
  }

  // Suppressed: alloc.forbidden only, as catchUp: exception entry runs the handlers, and a storm
  // or a missing handler faults, which ends the run.
  @AllocationFree
  @SuppressWarnings("alloc.forbidden")
  private void takeInterrupts() {
    while (!primask) {
      long candidates = nvic.pendingEnabled();
      if (candidates == 0) {
        return;
      }
      int index = nvic.highest(candidates);
      int priority = nvic.priorityAt(index);
      if (priority >= currentPriority) {
        return;
      }
      enter(index, priority);
    }
  }

  /**
   * Exception entry: the hardware switches from the interrupted code's context to {@code irq}.
   * This is the one place where control legitimately passes from any context into {@code irq}
   * without a queue: it is not a call made by the interrupted code, but the core taking an
   * exception between two of its instructions.
   */
  // Trusted glue: the context switch of exception entry (context.call on InterruptHandler).
  @Trusted
  @SuppressWarnings("ectx")
  private static void vector(InterruptHandler handler, int irq) {
    handler.handle(irq);
  }

  private void enter(int index, int priority) {
    int irq = Nvic.toIrq(index);
    if (++entriesSinceThread > stormLimit) {
      throw new InterruptStormException(
          irq,
          "interrupt storm: "
              + nvic.nameOf(irq)
              + " was taken "
              + stormLimit
              + " times in a row without thread mode running; is an EVENTS register never"
              + " cleared?");
    }
    InterruptHandler handler = vectors[index];
    if (handler == null) {
      throw new HardFault(
          "no handler installed for " + nvic.nameOf(irq) + ": install one with cpu.setHandler");
    }
    int savedIpsr = ipsr;
    savedPriority[depth++] = currentPriority;
    currentPriority = priority;
    ipsr = index == Nvic.SYSTICK_BIT ? 15 : 16 + index;
    interruptsTaken++;
    nvic.acknowledge(index, scheduler.now());
    scheduler.advance(ENTRY_CYCLES);
    try {
      vector(handler, irq);
    } finally {
      scheduler.advance(EXIT_CYCLES);
      nvic.deactivate(index, scheduler.now());
      ipsr = savedIpsr;
      currentPriority = savedPriority[--depth];
    }
  }
}
