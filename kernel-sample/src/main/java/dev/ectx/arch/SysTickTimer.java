package dev.ectx.arch;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.SysTick;
import dev.ectx.hal.cpu.SystemControlSpace;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.kernel.SchedulerTimer;

/**
 * SysTick as the scheduler's timeslice timer, after Tock's {@code cortexm::systick}. The counter
 * runs from {@link #start}; its exception is enabled only while armed (a process runs), and its
 * top half just turns the exception off again: expiry is read from COUNTFLAG by the kernel.
 */
@ExecutionContext("kernel")
public final class SysTickTimer implements SchedulerTimer {
  private static final int CYCLES_PER_MICRO = 64;
  private static final int RUNNING = SysTick.CSR_ENABLE | SysTick.CSR_CLKSOURCE;

  private final RegisterBlock scs;
  private boolean expired;

  /**
   * The timer, with its top half installed.
   *
   * @param cpu the core
   * @param scs the System Control Space registers
   */
  @ExecutionContext("boot")
  public SysTickTimer(Cpu cpu, RegisterBlock scs) {
    this.scs = scs;
    TopHalves.installSysTick(cpu, scs, RUNNING);
  }

  @Override
  public void start(int microseconds) {
    int cycles = Math.min(SysTick.MAX_RELOAD + 1, Math.max(2, microseconds * CYCLES_PER_MICRO));
    scs.write(SystemControlSpace.SYST_CSR, 0);
    scs.write(SystemControlSpace.SYST_RVR, cycles - 1);
    scs.write(SystemControlSpace.SYST_CVR, 0);
    scs.write(SystemControlSpace.SYST_CSR, RUNNING);
    expired = false;
  }

  @Override
  public void reset() {
    scs.write(SystemControlSpace.SYST_CSR, 0);
    expired = false;
  }

  @Override
  public void arm() {
    noteExpiry(scs.read(SystemControlSpace.SYST_CSR));
    if (!expired) {
      scs.write(SystemControlSpace.SYST_CSR, RUNNING | SysTick.CSR_TICKINT);
    }
  }

  @Override
  public void disarm() {
    noteExpiry(scs.read(SystemControlSpace.SYST_CSR));
    scs.write(SystemControlSpace.SYST_CSR, expired ? 0 : RUNNING);
  }

  @Override
  public int remainingMicros() {
    int csr = scs.read(SystemControlSpace.SYST_CSR);
    noteExpiry(csr);
    if (expired || (csr & SysTick.CSR_ENABLE) == 0) {
      return 0;
    }
    return scs.read(SystemControlSpace.SYST_CVR) / CYCLES_PER_MICRO;
  }

  /** Reading CSR clears COUNTFLAG, so an expiry seen once is remembered. */
  private void noteExpiry(int csr) {
    if ((csr & SysTick.CSR_COUNTFLAG) != 0) {
      expired = true;
    }
  }
}
