package dev.ectx.kernel;

/**
 * A system call as a process makes it: its class and four argument registers, after Tock's
 * TRD104 ABI. The constants are the class numbers and the sub-variants the kernel understands.
 *
 * @param classNumber {@link #YIELD} to {@link #EXIT}; anything else is a fault
 * @param r0 the first argument (yield variant, driver number, memop operation, exit variant)
 * @param r1 the second argument
 * @param r2 the third argument
 * @param r3 the fourth argument
 */
public record Syscall(int classNumber, int r0, int r1, int r2, int r3) {
  /** Class 0: give up the CPU, and receive upcalls. */
  public static final int YIELD = 0;
  /** Class 1: register an upcall (driver, subscribe number, upcall). */
  public static final int SUBSCRIBE = 1;
  /** Class 2: ask a driver to do something (driver, command number, two arguments). */
  public static final int COMMAND = 2;
  /** Class 3: hand a buffer to a driver, which may read and write it. */
  public static final int ALLOW_READ_WRITE = 3;
  /** Class 4: hand a buffer to a driver, which may only read it. */
  public static final int ALLOW_READ_ONLY = 4;
  /** Class 5: memory operations (break, memory bounds). */
  public static final int MEMOP = 5;
  /** Class 6: terminate or restart this process. */
  public static final int EXIT = 6;

  /** Yield variant 0: return at once, after running one pending upcall if there is one. */
  public static final int YIELD_NO_WAIT = 0;
  /** Yield variant 1: sleep until one upcall has run. */
  public static final int YIELD_WAIT = 1;
  /** Yield variant 2: sleep until the upcall (driver, subscribe number) is due; it is returned, not run. */
  public static final int YIELD_WAIT_FOR = 2;

  /** Exit variant 0: terminate with a completion code. */
  public static final int EXIT_TERMINATE = 0;
  /** Exit variant 1: restart with a completion code. */
  public static final int EXIT_RESTART = 1;

  /** Memop 0: set the break to an address. */
  public static final int MEMOP_BRK = 0;
  /** Memop 1: move the break by an increment; returns the old break. */
  public static final int MEMOP_SBRK = 1;
  /** Memop 2: the process's memory start address. */
  public static final int MEMOP_MEMORY_START = 2;
  /** Memop 3: the process's memory end address (exclusive). */
  public static final int MEMOP_MEMORY_END = 3;
}
