package dev.ectx.hal.cpu;

import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;

/**
 * The SysTick timer: a 24-bit down-counter clocked by the 64 MHz core clock. It counts from the
 * reload value (RVR) to 0; on reaching 0 it sets COUNTFLAG and, with TICKINT, pends the SysTick
 * exception; on the next cycle it reloads. The period is therefore RVR + 1 cycles. Writing CVR
 * clears the counter (and COUNTFLAG) without pending the exception. RVR = 0 stops it after the
 * next wrap. The nRF52 has no reference clock, so CLKSOURCE is read back but both settings count
 * core cycles.
 *
 * <p>Registers (offsets in the System Control Space, see {@link SystemControlSpace}): SYST_CSR,
 * SYST_RVR, SYST_CVR, SYST_CALIB.
 */
public final class SysTick {
  /** CSR: counter enabled. */
  public static final int CSR_ENABLE = 1;
  /** CSR: pend the SysTick exception when the counter reaches 0. */
  public static final int CSR_TICKINT = 1 << 1;
  /** CSR: clock source (1 = core clock). */
  public static final int CSR_CLKSOURCE = 1 << 2;
  /** CSR: set when the counter reached 0 since the last read of CSR. */
  public static final int CSR_COUNTFLAG = 1 << 16;
  /** The largest reload value. */
  public static final int MAX_RELOAD = 0x00FF_FFFF;

  private final Scheduler scheduler;
  private final Nvic nvic;
  private int csr;
  private int reload;
  /** Counter value while stopped. */
  private int stoppedValue;
  /** While running: the cycle at which the counter is (or was) 0 next. */
  private long zeroAt;
  private boolean countFlag;

  private final SimEvent wrap =
      new SimEvent("SysTick.wrap") {
        @Override
        protected void fire() {
          onZero();
        }
      };

  /**
   * A stopped SysTick.
   *
   * @param scheduler the chip's scheduler
   * @param nvic the NVIC whose SysTick exception it pends
   */
  public SysTick(Scheduler scheduler, Nvic nvic) {
    this.scheduler = scheduler;
    this.nvic = nvic;
  }

  int readCsr() {
    int value = csr | (countFlag ? CSR_COUNTFLAG : 0);
    countFlag = false;
    return value;
  }

  void writeCsr(int value) {
    boolean wasRunning = running();
    int current = currentValue();
    csr = value & (CSR_ENABLE | CSR_TICKINT | CSR_CLKSOURCE);
    if (running() && !wasRunning) {
      startFrom(current);
    } else if (!running() && wasRunning) {
      stoppedValue = current;
      scheduler.cancel(wrap);
    }
  }

  int readReload() {
    return reload;
  }

  void writeReload(int value) {
    reload = value & MAX_RELOAD;
  }

  /** CVR: the counter's current value. */
  int currentValue() {
    if (!running()) {
      return stoppedValue;
    }
    long toZero = zeroAt - scheduler.now();
    if (toZero >= 0) {
      return (int) toZero;
    }
    // Between the wrap and the reload cycle, or stopped by RVR = 0.
    return 0;
  }

  void writeCurrent() {
    countFlag = false;
    if (running()) {
      startFrom(0);
    } else {
      stoppedValue = 0;
    }
  }

  private boolean running() {
    return (csr & CSR_ENABLE) != 0;
  }

  private void startFrom(int value) {
    if (value == 0) {
      if (reload == 0) {
        scheduler.cancel(wrap);
        return;
      }
      zeroAt = scheduler.now() + 1 + reload;
    } else {
      zeroAt = scheduler.now() + value;
    }
    scheduler.scheduleAt(wrap, zeroAt);
  }

  private void onZero() {
    countFlag = true;
    if ((csr & CSR_TICKINT) != 0) {
      nvic.pend(Nvic.SYSTICK_IRQ);
    }
    if (reload != 0) {
      zeroAt += 1 + reload;
      scheduler.scheduleAt(wrap, zeroAt);
    }
  }
}
