package dev.ectx.kernel;

/**
 * What a system call returns to the process: a variant and up to four values, after TRD104's
 * return variants. A yield that delivers an upcall returns {@link #UPCALL} with the upcall's
 * function id and arguments.
 *
 * @param variant one of the constants below
 * @param r1 first value (the error code for failures)
 * @param r2 second value
 * @param r3 third value
 * @param r4 fourth value
 */
public record SyscallReturn(int variant, int r1, int r2, int r3, int r4) {
  /** Failure with an error code in r1. */
  public static final int FAILURE = 0;
  /** Failure with an error code and one value. */
  public static final int FAILURE_U32 = 1;
  /** Failure with an error code and two values. */
  public static final int FAILURE_U32_U32 = 2;
  /** Success without value. */
  public static final int SUCCESS = 128;
  /** Success with one value. */
  public static final int SUCCESS_U32 = 129;
  /** Success with two values. */
  public static final int SUCCESS_U32_U32 = 130;
  /** Success with three values. */
  public static final int SUCCESS_U32_U32_U32 = 132;
  /** A yield ran an upcall: r1 the function id, r2 to r4 its arguments. */
  public static final int UPCALL = 255;

  /** Success without value. */
  public static SyscallReturn success() {
    return new SyscallReturn(SUCCESS, 0, 0, 0, 0);
  }

  /**
   * Success with one value.
   *
   * @param value the value
   * @return the return
   */
  public static SyscallReturn success(int value) {
    return new SyscallReturn(SUCCESS_U32, value, 0, 0, 0);
  }

  /**
   * Success with two values.
   *
   * @param first the first value
   * @param second the second value
   * @return the return
   */
  public static SyscallReturn success(int first, int second) {
    return new SyscallReturn(SUCCESS_U32_U32, first, second, 0, 0);
  }

  /**
   * Failure.
   *
   * @param code why
   * @return the return
   */
  public static SyscallReturn failure(ReturnCode code) {
    return new SyscallReturn(FAILURE, code.number(), 0, 0, 0);
  }

  /**
   * Failure with two values (a refused subscribe gives back the upcall it was passed).
   *
   * @param code why
   * @param first the first value
   * @param second the second value
   * @return the return
   */
  public static SyscallReturn failure(ReturnCode code, int first, int second) {
    return new SyscallReturn(FAILURE_U32_U32, code.number(), first, second, 0);
  }

  /**
   * Success or failure from a split-phase call's synchronous result.
   *
   * @param code the result
   * @return {@link #success()} or {@link #failure(ReturnCode)}
   */
  public static SyscallReturn of(ReturnCode code) {
    return code.isSuccess() ? success() : failure(code);
  }

  /** Whether this is one of the success variants (or an upcall). */
  public boolean isSuccess() {
    return variant >= SUCCESS;
  }

  /** The error code of a failure, or {@link ReturnCode#SUCCESS}. */
  public ReturnCode code() {
    return isSuccess() ? ReturnCode.SUCCESS : ReturnCode.ofNumber(r1);
  }
}
