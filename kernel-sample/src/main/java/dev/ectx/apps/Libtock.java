package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.capsules.AlarmDriver;
import dev.ectx.capsules.Console;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.capsules.LedDriver;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.Syscall;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspacePort;
import java.nio.charset.StandardCharsets;

/**
 * The userspace system-call library, after libtock: the seven system calls, the upcall table
 * (the kernel sees only function ids, as it sees only function pointers in Tock), and a few
 * synchronous helpers built on {@code yield-wait-for}.
 */
@ExecutionContext("process")
public final class Libtock {
  private static final int MAX_UPCALLS = 32;

  private final UserspacePort port;
  private final Upcall @Unique [] functions = new Upcall[MAX_UPCALLS + 1];
  private final int @Unique [] functionDriver = new int[MAX_UPCALLS + 1];
  private final int @Unique [] functionNumber = new int[MAX_UPCALLS + 1];
  private int functionCount;

  /**
   * The library over this process's trap.
   *
   * @param port the process's system-call port
   */
  public Libtock(UserspacePort port) {
    this.port = port;
  }

  /**
   * Command (class 2).
   *
   * @param driver the driver number
   * @param command the command number
   * @param arg1 first argument
   * @param arg2 second argument
   * @return the kernel's answer
   */
  public SyscallReturn command(int driver, int command, int arg1, int arg2) {
    return port.svc(new Syscall(Syscall.COMMAND, driver, command, arg1, arg2));
  }

  /**
   * Subscribe (class 1): {@code upcall} runs when the driver schedules upcall {@code number} and
   * this process yields. {@code null} unsubscribes.
   *
   * @param driver the driver number
   * @param number the upcall number
   * @param upcall the function, or null
   * @return the kernel's answer
   */
  public SyscallReturn subscribe(int driver, int number, Upcall upcall) {
    int id = 0;
    if (upcall != null) {
      id = slotFor(driver, number);
      functions[id] = upcall;
    }
    return port.svc(new Syscall(Syscall.SUBSCRIBE, driver, number, id, 0));
  }

  private int slotFor(int driver, int number) {
    for (int id = 1; id <= functionCount; id++) {
      if (functionDriver[id] == driver && functionNumber[id] == number) {
        return id;
      }
    }
    if (functionCount == MAX_UPCALLS) {
      throw new IllegalStateException("more than " + MAX_UPCALLS + " subscriptions");
    }
    functionCount++;
    functionDriver[functionCount] = driver;
    functionNumber[functionCount] = number;
    return functionCount;
  }

  /**
   * Read-write allow (class 3): moves {@code buffer} to the driver.
   *
   * @param driver the driver number
   * @param number the allow number
   * @param buffer the buffer, or null to take the current one back
   * @return the previously allowed buffer (or {@code buffer} itself if the kernel refused)
   */
  public byte @Unique [] allowReadWrite(int driver, int number, byte @Unique [] buffer) {
    return allow(Syscall.ALLOW_READ_WRITE, driver, number, buffer);
  }

  /**
   * Read-only allow (class 4): moves {@code buffer} to the driver, which only reads it.
   *
   * @param driver the driver number
   * @param number the allow number
   * @param buffer the buffer, or null to take the current one back
   * @return the previously allowed buffer (or {@code buffer} itself if the kernel refused)
   */
  public byte @Unique [] allowReadOnly(int driver, int number, byte @Unique [] buffer) {
    return allow(Syscall.ALLOW_READ_ONLY, driver, number, buffer);
  }

  private byte @Unique [] allow(int classNumber, int driver, int number, byte @Unique [] buffer) {
    port.passBuffer(buffer);
    port.svc(new Syscall(classNumber, driver, number, 0, 0));
    return port.collectBuffer();
  }

  /** Yield-wait (class 0, variant 1): sleeps until one upcall has run. */
  public void yieldWait() {
    runUpcall(port.svc(new Syscall(Syscall.YIELD, Syscall.YIELD_WAIT, 0, 0, 0)));
  }

  /**
   * Yield-no-wait (class 0, variant 0): runs one pending upcall if there is one.
   *
   * @return whether an upcall ran
   */
  public boolean yieldNoWait() {
    return runUpcall(port.svc(new Syscall(Syscall.YIELD, Syscall.YIELD_NO_WAIT, 0, 0, 0)));
  }

  /**
   * Yield-wait-for (class 0, variant 2): sleeps until upcall {@code number} of {@code driver} is
   * due, and returns its arguments instead of running it. The upcall must be subscribed (any
   * function), or the driver drops it.
   *
   * @param driver the driver number
   * @param number the upcall number
   * @return the upcall's three arguments in {@code r1..r3}
   */
  public SyscallReturn yieldWaitFor(int driver, int number) {
    return port.svc(new Syscall(Syscall.YIELD, Syscall.YIELD_WAIT_FOR, driver, number, 0));
  }

  private boolean runUpcall(SyscallReturn result) {
    if (result.variant() != SyscallReturn.UPCALL) {
      return false;
    }
    Upcall upcall = result.r1() > 0 && result.r1() <= functionCount ? functions[result.r1()] : null;
    if (upcall != null) {
      upcall.call(result.r2(), result.r3(), result.r4());
    }
    return true;
  }

  /**
   * Memop (class 5).
   *
   * @param operation the operation, e.g. {@link Syscall#MEMOP_SBRK}
   * @param argument its argument
   * @return the kernel's answer
   */
  public SyscallReturn memop(int operation, int argument) {
    return port.svc(new Syscall(Syscall.MEMOP, operation, argument, 0, 0));
  }

  /**
   * Exit-terminate (class 6, variant 0). Does not return.
   *
   * @param completionCode the exit code
   */
  public void exit(int completionCode) {
    port.svc(new Syscall(Syscall.EXIT, Syscall.EXIT_TERMINATE, completionCode, 0, 0));
    throw new IllegalStateException("exit returned");
  }

  /**
   * Makes a raw system call, for tests of the kernel's argument checks.
   *
   * @param call the call
   * @return the kernel's answer
   */
  public SyscallReturn raw(Syscall call) {
    return port.svc(call);
  }

  /**
   * Computes for {@code cycles} CPU cycles (the application's own work).
   *
   * @param cycles cycles at 64 MHz
   */
  public void compute(int cycles) {
    port.compute(cycles);
  }

  // ---- synchronous helpers ------------------------------------------------------------------

  /**
   * Prints {@code text} on the console and waits until it is written.
   *
   * @param text the text (UTF-8)
   * @return the result of the write
   */
  public ReturnCode print(String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[encoded.length];
    for (int i = 0; i < encoded.length; i++) {
      bytes[i] = encoded[i];
    }
    return write(bytes, encoded.length);
  }

  /**
   * Writes {@code length} bytes of {@code bytes} on the console and waits until they are written.
   *
   * @param bytes the bytes, moved to the console and dropped afterwards
   * @param length how many
   * @return the result of the write
   */
  public ReturnCode write(byte @Unique [] bytes, int length) {
    subscribe(DriverNumbers.CONSOLE, Console.UPCALL_WRITE_DONE, (written, unused, unused2) -> {});
    allowReadOnly(DriverNumbers.CONSOLE, Console.ALLOW_WRITE, bytes);
    SyscallReturn started = command(DriverNumbers.CONSOLE, Console.COMMAND_PUTSTR, length, 0);
    if (started.isSuccess()) {
      yieldWaitFor(DriverNumbers.CONSOLE, Console.UPCALL_WRITE_DONE);
    }
    allowReadOnly(DriverNumbers.CONSOLE, Console.ALLOW_WRITE, null);
    return started.code();
  }

  /**
   * Sleeps for {@code millis} milliseconds of virtual time, using the alarm driver.
   *
   * @param millis how long
   */
  public void sleepMillis(int millis) {
    int frequency = command(DriverNumbers.ALARM, AlarmDriver.COMMAND_FREQUENCY, 0, 0).r1();
    int ticks = (int) ((long) millis * frequency / 1000);
    subscribe(DriverNumbers.ALARM, AlarmDriver.UPCALL_FIRED, (now, expiration, unused) -> {});
    command(DriverNumbers.ALARM, AlarmDriver.COMMAND_SET_RELATIVE, ticks, 0);
    yieldWaitFor(DriverNumbers.ALARM, AlarmDriver.UPCALL_FIRED);
  }

  /**
   * Toggles an LED.
   *
   * @param index the LED
   * @return the result
   */
  public ReturnCode toggleLed(int index) {
    return command(DriverNumbers.LED, LedDriver.COMMAND_TOGGLE, index, 0).code();
  }
}
