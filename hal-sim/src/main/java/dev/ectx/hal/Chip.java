package dev.ectx.hal;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.hal.cpu.SimulationHalted;
import dev.ectx.hal.cpu.SysTick;
import dev.ectx.hal.cpu.SystemControlSpace;
import dev.ectx.hal.dma.DmaLedger;
import dev.ectx.hal.mmio.Bus;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hal.periph.Gpiote;
import dev.ectx.hal.periph.Rng;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.periph.SerialInstance;
import dev.ectx.hal.periph.Spim;
import dev.ectx.hal.periph.Twim;
import dev.ectx.hal.periph.Uarte;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.trace.TraceSink;
import dev.ectx.hal.trace.VcdWriter;

/**
 * A simulated nRF52840-like microcontroller: a Cortex-M4 core at 64 MHz with its NVIC and
 * SysTick, and the peripherals at their real addresses and IRQ lines. Everything is created
 * once, here; boot code takes what it needs.
 *
 * <pre>{@code
 * Chip chip = Chip.builder().seed(42).build();
 * Cpu cpu = chip.cpu();
 * RegisterBlock rtc = chip.rtc1().registers();
 * cpu.setHandler(Rtc.RTC1_IRQ, irq -> rtc.write(Rtc.EVENTS_COMPARE0, 0));
 * chip.run(Scheduler.millis(100), () -> { ...thread-mode code, e.g. a kernel loop... });
 * }</pre>
 */
public final class Chip {
  private final Scheduler scheduler;
  private final Cpu cpu;
  private final SysTick sysTick;
  private final RegisterBlock scs;
  private final Gpio gpio;
  private final Gpiote gpiote;
  private final Rtc rtc1;
  private final Uarte uarte0;
  private final Spim spim0;
  private final Twim twim0;
  private final Rng rng;
  private final DmaLedger dmaLedger = new DmaLedger();
  private final Bus bus;

  private Chip(Builder builder) {
    cpu = new Cpu(builder.seed, builder.jitterCycles);
    scheduler = cpu.scheduler();
    sysTick = new SysTick(scheduler, cpu.nvic());
    SystemControlSpace space = new SystemControlSpace(cpu, sysTick);
    scs = space.registers();
    gpio = new Gpio(cpu);
    gpiote = new Gpiote(cpu, scheduler, gpio);
    rtc1 = new Rtc("RTC1", Rtc.RTC1_BASE, Rtc.RTC1_IRQ, 4, cpu, scheduler);
    uarte0 = new Uarte(cpu, scheduler, dmaLedger);
    spim0 = new Spim(cpu, scheduler, dmaLedger);
    twim0 = new Twim(cpu, scheduler, dmaLedger);
    rng = new Rng(cpu, scheduler);
    bus = new Bus(cpu);
    bus.map(space);
    bus.map(gpio);
    bus.map(gpiote);
    bus.map(rtc1);
    bus.map(uarte0);
    bus.map(SerialInstance.share(cpu, spim0, twim0));
    bus.map(rng);
  }

  /** A builder with seed 0 and no jitter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The core. */
  public Cpu cpu() {
    return cpu;
  }

  /** The interrupt controller. */
  public Nvic nvic() {
    return cpu.nvic();
  }

  /** The scheduler and virtual clock. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** The System Control Space registers (SysTick, NVIC, ICSR, SHPR3, STIR). */
  public RegisterBlock scs() {
    return scs;
  }

  /** SysTick's model (its registers are in {@link #scs()}). */
  public SysTick sysTick() {
    return sysTick;
  }

  /** GPIO port P0. */
  public Gpio gpio() {
    return gpio;
  }

  /** GPIOTE, IRQ 6. */
  public Gpiote gpiote() {
    return gpiote;
  }

  /** RTC1, IRQ 17. */
  public Rtc rtc1() {
    return rtc1;
  }

  /** UARTE0, IRQ 2. */
  public Uarte uarte0() {
    return uarte0;
  }

  /** SPIM0, IRQ 3 (shares its instance with TWIM0). */
  public Spim spim0() {
    return spim0;
  }

  /** TWIM0, IRQ 3 (shares its instance with SPIM0). */
  public Twim twim0() {
    return twim0;
  }

  /** RNG, IRQ 13. */
  public Rng rng() {
    return rng;
  }

  /** Raw address-based access to every register. */
  public Bus bus() {
    return bus;
  }

  /**
   * Routes GPIO pin changes, IRQ lines and sleep to {@code sink}.
   *
   * @param sink the sink; {@link TraceSink#NONE} stops tracing
   */
  public void setTrace(TraceSink sink) {
    cpu.setTrace(sink);
    gpio.setTrace(sink);
  }

  /**
   * Starts a VCD trace now: writes its header with the current signal levels, then routes every
   * change to it.
   *
   * @param vcd the writer, with its signals declared
   */
  public void startTrace(VcdWriter vcd) {
    vcd.start(scheduler.now(), gpio.levels(), cpu.nvic().lineLevels());
    setTrace(vcd);
  }

  /**
   * Runs {@code threadMode} as the thread-mode program for at most {@code cycles} of virtual time.
   * The program ends the run by returning; otherwise it is unwound at its first preemption point
   * at or after the deadline.
   *
   * @param cycles the budget of virtual time
   * @param threadMode the program, for example a kernel's main loop
   * @return true if the deadline stopped the program, false if it returned
   */
  public boolean run(long cycles, Runnable threadMode) {
    long previous = cpu.deadline();
    cpu.setDeadline(scheduler.now() + cycles);
    try {
      threadMode.run();
      return false;
    } catch (SimulationHalted halted) {
      if (!halted.deadlineReached()) {
        throw halted;
      }
      return true;
    } finally {
      cpu.setDeadline(previous);
    }
  }

  /**
   * Lets {@code cycles} of virtual time pass with the CPU asleep in WFI (interrupt handlers still
   * run): for tests of hardware alone.
   *
   * @param cycles the virtual time to pass
   */
  public void idle(long cycles) {
    run(
        cycles,
        () -> {
          while (true) {
            cpu.wfi();
          }
        });
  }

  /** Options of a {@link Chip}. */
  public static final class Builder {
    private long seed;
    private int jitterCycles;

    private Builder() {}

    /**
     * Seeds every random choice (jitter, RNG values). Same seed and program: the same run.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Adds up to {@code cycles} of seeded random delay to each peripheral completion, to vary
     * interrupt timing between seeds.
     *
     * @param cycles the largest extra delay; 0 (the default) for none
     * @return this builder
     */
    public Builder jitterCycles(int cycles) {
      this.jitterCycles = cycles;
      return this;
    }

    /** The chip. */
    public Chip build() {
      return new Chip(this);
    }
  }
}
