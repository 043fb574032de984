package dev.ectx.cli;

/** The command's exit codes; only the command layer turns outcomes into them. */
public final class ExitCodes {
  /** No finding (notes aside). */
  public static final int CLEAN = 0;
  /** At least one error or warning finding. */
  public static final int FINDINGS = 1;
  /** Bad usage or bad input: the message names the cause. */
  public static final int INPUT_ERROR = 2;
  /** A bug in ectx itself. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
