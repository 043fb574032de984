package dev.ectx.kernel;

/** Why a process's turn on the CPU ended, after Tock's {@code StoppedReason}. */
public enum StoppedReason {
  /** It yielded with nothing to do, exited or faulted. */
  FINISHED,
  /** An interrupt or a deferred call needed the kernel. */
  KERNEL_PREEMPTION,
  /** It used up its timeslice. */
  TIMESLICE_EXPIRED
}
