package dev.ectx.arch;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.hal.check.ContextGuard;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.kernel.App;
import dev.ectx.kernel.Chip;
import dev.ectx.kernel.ContextSwitch;
import dev.ectx.kernel.ProcessContext;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.SchedulerTimer;
import dev.ectx.kernel.Syscall;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspaceKernelBoundary;

/**
 * The user/kernel boundary on the simulated Cortex-M, after Tock's {@code
 * SysCall::switch_to_process}: switches to a process's thread, and runs the computation it asks
 * for on the simulated core, where interrupts and SysTick can cut it short. A system call costs
 * {@link #SYSCALL_CYCLES} cycles of virtual time.
 */
@ExecutionContext("kernel")
public final class ProcessRunner implements UserspaceKernelBoundary {
  /** Cycles one supervisor call and its return cost (entry, stacking, dispatch). */
  public static final int SYSCALL_CYCLES = 100;

  /** Computation runs in slices of 10 us, so a pending interrupt preempts it within a slice. */
  public static final int SLICE_CYCLES = 640;

  private final Cpu cpu;
  private final ContextGuard guard;
  private final Chip chip;
  private final SchedulerTimer timer;

  /**
   * A boundary.
   *
   * @param cpu the core
   * @param chip the chip, to see pending interrupts
   * @param timer the timeslice timer
   */
  @ExecutionContext("boot")
  public ProcessRunner(Cpu cpu, Chip chip, SchedulerTimer timer) {
    this.cpu = cpu;
    this.guard = ContextGuard.threadMode(cpu, "kernel", "the process boundary");
    this.chip = chip;
    this.timer = timer;
  }

  @Override
  public ProcessContext create(ProcessId id, String name, App entry) {
    return new ProcessThread(name + "#" + id.identifier(), entry);
  }

  @Override
  public ContextSwitch switchTo(ProcessContext context, SyscallReturn resume) {
    guard.check();
    ProcessThread process = (ProcessThread) context;
    SyscallReturn answer = resume == null ? TrapFrame.PROCEED : resume;
    if (process.pendingCompute() > 0) {
      ContextSwitch cut = compute(process);
      if (cut != null) {
        return cut;
      }
      answer = TrapFrame.PROCEED;
    }
    process.markStarted();
    while (true) {
      Trap trap = process.frame().resume(answer);
      switch (trap.kind()) {
        case SYSCALL:
          cpu.step(SYSCALL_CYCLES);
          return ContextSwitch.syscall(trap.call());
        case COMPUTE:
          process.setPendingCompute(trap.cycles());
          ContextSwitch cut = compute(process);
          if (cut != null) {
            return cut;
          }
          answer = TrapFrame.PROCEED;
          break;
        case FAULT:
          return ContextSwitch.fault(trap.detail());
        default:
          return ContextSwitch.syscall(new Syscall(Syscall.EXIT, Syscall.EXIT_TERMINATE, 0, 0, 0));
      }
    }
  }

  /**
   * Runs the process's pending computation on the core until it is done (null), an interrupt
   * needs the kernel, or the timeslice ends.
   */
  private ContextSwitch compute(ProcessThread process) {
    while (process.pendingCompute() > 0) {
      int slice = Math.min(process.pendingCompute(), SLICE_CYCLES);
      cpu.step(slice);
      process.setPendingCompute(process.pendingCompute() - slice);
      if (chip.hasPendingInterrupts()) {
        return ContextSwitch.of(ContextSwitch.Reason.INTERRUPTED);
      }
      if (timer.remainingMicros() == 0) {
        return ContextSwitch.of(ContextSwitch.Reason.TIMESLICE_EXPIRED);
      }
    }
    return null;
  }

  @Override
  public byte @Unique [] takeBuffer(ProcessContext context) {
    return ((ProcessThread) context).frame().takeBuffer();
  }

  @Override
  public void giveBuffer(ProcessContext context, byte @Unique [] buffer) {
    ((ProcessThread) context).frame().giveBuffer(buffer);
  }

  @Override
  public void destroy(ProcessContext context) {
    if (context != null) {
      ((ProcessThread) context).end();
    }
  }
}
