package dev.ectx.kernel;

/**
 * The result of a split-phase call or a system call, after Tock's {@code ErrorCode} (plus
 * {@link #SUCCESS}, which Tock expresses as {@code Ok(())}). The numbers are the system-call ABI's.
 */
public enum ReturnCode {
  /** The operation succeeded (or was accepted and a callback will follow). */
  SUCCESS(0),
  /** Reserved value, for when no other code fits. */
  FAIL(1),
  /** The underlying system is busy; retry later. */
  BUSY(2),
  /** The state requested is already set. */
  ALREADY(3),
  /** The component is powered down. */
  OFF(4),
  /** Reservation required before use. */
  RESERVE(5),
  /** An invalid parameter was passed. */
  INVAL(6),
  /** The parameter passed was too large. */
  SIZE(7),
  /** The operation was cancelled by a call. */
  CANCEL(8),
  /** Memory required was not available. */
  NOMEM(9),
  /** The operation is not supported. */
  NOSUPPORT(10),
  /** The device is not available. */
  NODEVICE(11),
  /** The device is not physically installed. */
  UNINSTALLED(12),
  /** The packet transmission was not acknowledged. */
  NOACK(13);

  private final int number;

  ReturnCode(int number) {
    this.number = number;
  }

  /** The code's number in the system-call ABI. */
  public int number() {
    return number;
  }

  /** Whether this is {@link #SUCCESS}. */
  public boolean isSuccess() {
    return this == SUCCESS;
  }

  /**
   * The code with ABI number {@code number}.
   *
   * @param number 0 to 13
   * @return the code, or {@link #FAIL} for an unknown number
   */
  public static ReturnCode ofNumber(int number) {
    for (ReturnCode code : values()) {
      if (code.number == number) {
        return code;
      }
    }
    return FAIL;
  }
}
