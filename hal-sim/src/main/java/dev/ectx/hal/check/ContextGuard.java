package dev.ectx.hal.check;

import dev.ectx.annotations.AllocationFree;
import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.Shared;
import dev.ectx.hal.cpu.Cpu;

/**
 * Run-time context checking, after Tock's {@code SingleThreadValue}: a guard binds an object to
 * thread mode (the kernel loop) or to handler mode (interrupt handlers), and {@link #check()}
 * throws {@link ContextViolation} when the object is touched from the other mode. It complements
 * the ectx checker where static checking cannot reach (reflection, code compiled without the
 * checker, a wrong {@code @Trusted}).
 *
 * <p>Checks run only while {@code cpu.setContextChecking(true)}; otherwise {@code check()} is
 * one branch. A driver creates its guard once and calls {@code check()} at each entry point:
 *
 * <pre>{@code
 * final class ButtonDriver {
 *   private final ContextGuard guard;
 *   ButtonDriver(Cpu cpu) { guard = ContextGuard.threadMode(cpu, "kernel", "ButtonDriver"); }
 *   void handleInterrupt() { guard.check(); presses++; }
 * }
 * }</pre>
 *
 * Touched from an interrupt handler, that throws: {@code ButtonDriver is bound to context
 * 'kernel' (thread mode) but was touched from context 'irq' (handler mode, GPIOTE (IRQ 6))}.
 */
@Shared
public final class ContextGuard {
  /** The default name of the context of handler mode, as on {@code InterruptHandler}. */
  public static final String IRQ_CONTEXT = "irq";

  private final Cpu cpu;
  private final String context;
  private final String otherContext;
  private final String owner;
  private final boolean handlerMode;

  private ContextGuard(
      Cpu cpu, String context, String otherContext, String owner, boolean handlerMode) {
    this.cpu = cpu;
    this.context = context;
    this.otherContext = otherContext;
    this.owner = owner;
    this.handlerMode = handlerMode;
  }

  /**
   * A guard binding {@code owner} to thread mode, under the name {@code context}; handler mode is
   * named {@link #IRQ_CONTEXT} in messages.
   *
   * @param cpu the core that knows the mode
   * @param context the name of the thread-mode context, for example {@code "kernel"}
   * @param owner what is guarded, for messages
   * @return the guard
   */
  @AnyContext
  public static ContextGuard threadMode(Cpu cpu, String context, String owner) {
    return new ContextGuard(cpu, context, IRQ_CONTEXT, owner, false);
  }

  /**
   * A guard binding {@code owner} to handler mode, under the name {@code context}; thread mode
   * is named {@code threadContext} in messages.
   *
   * @param cpu the core that knows the mode
   * @param context the name of the handler-mode context, for example {@code "irq"}
   * @param threadContext the name of the thread-mode context, for example {@code "kernel"}
   * @param owner what is guarded, for messages
   * @return the guard
   */
  @AnyContext
  public static ContextGuard handlerMode(
      Cpu cpu, String context, String threadContext, String owner) {
    return new ContextGuard(cpu, context, threadContext, owner, true);
  }

  /**
   * Throws if context checking is on and the CPU runs in the other mode.
   *
   * @throws ContextViolation naming the owner, its context and the context that touched it
   */
  @AnyContext
  @AllocationFree
  public void check() {
    if (cpu.contextChecking() && cpu.inHandlerMode() != handlerMode) {
      throw violation();
    }
  }

  /** The violation {@link #check()} throws, naming both contexts. */
  // Suppressed: alloc.forbidden only. It allocates only to report a violation, which ends the run.
  @AllocationFree
  @SuppressWarnings("alloc.forbidden")
  private ContextViolation violation() {
    return new ContextViolation(
        owner
            + " is bound to context '"
            + context
            + "' ("
            + (handlerMode ? "handler mode" : "thread mode")
            + ") but was touched from context '"
            + otherContext
            + "' ("
            + cpu.describeMode()
            + ")");
  }

  /** The name of the context the owner is bound to. */
  @AnyContext
  public String context() {
    return context;
  }
}
