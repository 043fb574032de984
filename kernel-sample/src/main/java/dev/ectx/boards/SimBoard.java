package dev.ectx.boards;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.arch.ProcessRunner;
import dev.ectx.arch.SysTickTimer;
import dev.ectx.capsules.AlarmDriver;
import dev.ectx.capsules.AlarmMux;
import dev.ectx.capsules.ButtonDriver;
import dev.ectx.capsules.Console;
import dev.ectx.capsules.DebugWriter;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.capsules.I2cTemperatureSensor;
import dev.ectx.capsules.LedDriver;
import dev.ectx.capsules.RngDriver;
import dev.ectx.capsules.SpiControllerDriver;
import dev.ectx.capsules.TemperatureDriver;
import dev.ectx.capsules.UartDevice;
import dev.ectx.capsules.UartMux;
import dev.ectx.capsules.VirtualAlarm;
import dev.ectx.chips.GpioLed;
import dev.ectx.chips.Gpiote;
import dev.ectx.chips.Nrf52Chip;
import dev.ectx.chips.Rtc1Alarm;
import dev.ectx.chips.RngEntropy;
import dev.ectx.chips.SerialInstance0;
import dev.ectx.chips.Spim0;
import dev.ectx.chips.Twim0;
import dev.ectx.chips.Uarte0;
import dev.ectx.hal.Chip;
import dev.ectx.hal.periph.Rng;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.periph.Spim;
import dev.ectx.hal.periph.SpiDevice;
import dev.ectx.hal.periph.TemperatureSensor;
import dev.ectx.hal.periph.Uarte;
import dev.ectx.hil.InterruptPin;
import dev.ectx.hil.Led;
import dev.ectx.kernel.App;
import dev.ectx.kernel.Capabilities;
import dev.ectx.kernel.DeferredCalls;
import dev.ectx.kernel.FaultPolicy;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.RoundRobinScheduler;

/**
 * The simulated nRF52840-DK board, after Tock's {@code boards/nordic/nrf52840dk}: creates every
 * driver and capsule once, wires them, and runs the kernel on the simulated chip.
 *
 * <p>Pins: LEDs 1-4 on P0.13-P0.16 and buttons 1-4 on P0.11, P0.12, P0.24, P0.25, all active low.
 * The console and the kernel's debug output share UARTE0 through a UART mux (1 Mbaud); SPIM0 has
 * MOSI wired to MISO; a TMP102-like sensor answers at I2C address 0x48.
 *
 * <p>Start-up, loading and running are {@code boot} code: the board's {@code main}. The board
 * object itself is not confined; it only holds references for tests and the command line.
 */
public final class SimBoard {
  /** How many LEDs and how many buttons the board has. */
  public static final int LEDS = 4;
  /** Process slots. */
  public static final int PROCESS_SLOTS = 8;
  /** Bytes of memory per process. */
  public static final int PROCESS_MEMORY = 8192;
  /** The console's line speed. */
  public static final int BAUD = 1_000_000;

  private final Chip sim;
  private final Kernel kernel;
  private final Capabilities capabilities;
  private final Nrf52Chip chip;
  private final RoundRobinScheduler scheduler;
  private final EventLog events;
  private final Console console;
  private final SpiControllerDriver spi;
  private final I2cTemperatureSensor sensor;
  private final AlarmMux alarms;
  private final TemperatureSensor sensorDevice = new TemperatureSensor();
  private final dev.ectx.hal.periph.Button[] buttons = new dev.ectx.hal.periph.Button[4];
  private final dev.ectx.hal.periph.Led[] leds = new dev.ectx.hal.periph.Led[4];

  /**
   * Boots the board on {@code sim}: everything but the applications.
   *
   * @param sim the simulated chip
   * @param contextChecking whether the run-time context guards check
   */
  @ExecutionContext("boot")
  public SimBoard(Chip sim, boolean contextChecking) {
    this.sim = sim;
    sim.cpu().setContextChecking(contextChecking);
    for (int i = 0; i < 4; i++) {
      leds[i] = sim.gpio().attachLed(ledPin(i), true);
      buttons[i] = sim.gpio().attachButton(buttonPin(i), true);
    }
    sim.spim0().attach(SpiDevice.LOOPBACK);
    sim.twim0().attach(TemperatureSensor.ADDRESS, sensorDevice);

    chip = new Nrf52Chip(sim.cpu());
    DeferredCalls deferredCalls = new DeferredCalls();
    SysTickTimer timer = new SysTickTimer(sim.cpu(), sim.scs());
    ProcessRunner runner = new ProcessRunner(sim.cpu(), chip, timer);
    kernel = new Kernel(PROCESS_SLOTS, deferredCalls, runner, timer);
    capabilities = kernel.mintCapabilities();
    scheduler = new RoundRobinScheduler(RoundRobinScheduler.DEFAULT_TIMESLICE_MICROS);

    Uarte0 uart = new Uarte0(sim.uarte0().registers());
    uart.configure(BAUD);
    chip.register(Uarte.IRQ, uart);
    UartMux mux = new UartMux(uart, deferredCalls.create());
    uart.setTransmitClient(mux);
    uart.setReceiveClient(mux);
    UartDevice consoleUart = new UartDevice(mux);
    console = new Console(kernel, consoleUart, new byte[64]);
    consoleUart.setTransmitClient(console);
    consoleUart.setReceiveClient(console);
    kernel.registerDriver(DriverNumbers.CONSOLE, console);
    UartDevice debugUart = new UartDevice(mux);
    DebugWriter debug = new DebugWriter(debugUart, new byte[160]);
    debugUart.setTransmitClient(debug);
    events = new EventLog(debug);
    kernel.setObserver(events);
    chip.setObserver(events);

    Rtc1Alarm rtc = new Rtc1Alarm(sim.rtc1().registers());
    chip.register(Rtc.RTC1_IRQ, rtc);
    alarms = new AlarmMux(rtc);
    rtc.setAlarmClient(alarms);
    VirtualAlarm alarmForProcesses = new VirtualAlarm(alarms);
    AlarmDriver alarmDriver = new AlarmDriver(kernel, alarmForProcesses);
    alarmForProcesses.setAlarmClient(alarmDriver);
    kernel.registerDriver(DriverNumbers.ALARM, alarmDriver);

    Led[] ledPins = new Led[LEDS];
    for (int i = 0; i < ledPins.length; i++) {
      ledPins[i] = new GpioLed(sim.gpio().registers(), ledPin(i), true);
    }
    kernel.registerDriver(DriverNumbers.LED, new LedDriver(ledPins));

    Gpiote gpiote = new Gpiote(sim.gpiote().registers(), sim.gpio().registers());
    chip.register(dev.ectx.hal.periph.Gpiote.IRQ, gpiote);
    InterruptPin[] buttonPins = new InterruptPin[LEDS];
    for (int i = 0; i < buttonPins.length; i++) {
      buttonPins[i] = gpiote.inputPin(buttonPin(i), true);
    }
    ButtonDriver buttonDriver = new ButtonDriver(kernel, buttonPins, true);
    kernel.registerDriver(DriverNumbers.BUTTON, buttonDriver);

    SerialInstance0 serial = new SerialInstance0();
    chip.register(Spim.IRQ, serial);
    Spim0 spim = new Spim0(sim.spim0().registers(), serial);
    spi = new SpiControllerDriver(kernel, spim, new byte[128], new byte[128]);
    spim.setClient(spi);
    kernel.registerDriver(DriverNumbers.SPI, spi);
    Twim0 twim = new Twim0(sim.twim0().registers(), serial, TemperatureSensor.ADDRESS);
    sensor = new I2cTemperatureSensor(twim, new byte[2]);
    twim.setClient(sensor);
    TemperatureDriver temperature = new TemperatureDriver(kernel, sensor);
    sensor.setClient(temperature);
    kernel.registerDriver(DriverNumbers.TEMPERATURE, temperature);

    RngEntropy rng = new RngEntropy(sim.rng().registers());
    chip.register(Rng.IRQ, rng);
    RngDriver rngDriver = new RngDriver(kernel, rng);
    rng.setClient(rngDriver);
    kernel.registerDriver(DriverNumbers.RNG, rngDriver);

    rtc.start();
    console.startReceiving();
  }

  /**
   * The pin of an LED: P0.13 to P0.16.
   *
   * @param index 0 to 3
   * @return the pin
   */
  public static int ledPin(int index) {
    return 13 + index;
  }

  /**
   * The pin of a button: P0.11, P0.12, P0.24, P0.25.
   *
   * @param index 0 to 3
   * @return the pin
   */
  public static int buttonPin(int index) {
    return index < 2 ? 11 + index : 22 + index;
  }

  /**
   * Loads an application.
   *
   * @param name its name
   * @param app its entry point
   * @param policy what to do when it faults
   * @return its first id
   */
  @ExecutionContext("boot")
  public ProcessId load(String name, App app, FaultPolicy policy) {
    return kernel.loadProcess(capabilities.processManagement(), name, app, policy, PROCESS_MEMORY);
  }

  /**
   * Runs the kernel loop for {@code cycles} of virtual time.
   *
   * @param cycles the virtual time, in cycles at 64 MHz
   */
  @ExecutionContext("boot")
  public void runFor(long cycles) {
    sim.run(cycles, () -> kernel.run(capabilities.mainLoop(), chip, scheduler, () -> true));
  }

  /** Ends every process, so their threads stop. */
  @ExecutionContext("boot")
  public void shutdown() {
    for (int index = 0; index < kernel.processSlots(); index++) {
      if (kernel.processAt(index) != null) {
        kernel.terminateProcess(capabilities.processManagement(), kernel.processAt(index).id());
      }
    }
  }

  /** The simulated chip. */
  public Chip sim() {
    return sim;
  }

  /** The kernel. */
  public Kernel kernel() {
    return kernel;
  }

  /** The capabilities board start-up minted. */
  public Capabilities capabilities() {
    return capabilities;
  }

  /** The chip as the kernel sees it. */
  public Nrf52Chip chip() {
    return chip;
  }

  /** The kernel's event log. */
  public EventLog events() {
    return events;
  }

  /** The alarm mux, for more virtual alarms. */
  public AlarmMux alarms() {
    return alarms;
  }

  /** The console capsule. */
  public Console console() {
    return console;
  }

  /** The SPI capsule. */
  public SpiControllerDriver spi() {
    return spi;
  }

  /** The temperature sensor driver. */
  public I2cTemperatureSensor sensor() {
    return sensor;
  }

  /** The simulated sensor device. */
  public TemperatureSensor sensorDevice() {
    return sensorDevice;
  }

  /**
   * A simulated button.
   *
   * @param index 0 to 3
   * @return the button
   */
  public dev.ectx.hal.periph.Button button(int index) {
    return buttons[index];
  }

  /**
   * A simulated LED.
   *
   * @param index 0 to 3
   * @return the LED
   */
  public dev.ectx.hal.periph.Led led(int index) {
    return leds[index];
  }
}
