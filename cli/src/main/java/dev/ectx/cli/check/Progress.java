package dev.ectx.cli.check;

/** Hears how far a long run has got; the command shows it on standard error. */
public interface Progress {
  /** Shows nothing. */
  Progress NONE = (done, total) -> {};

  /**
   * Called when another file is done.
   *
   * @param done how many files are done
   * @param total how many there are
   */
  void advanced(int done, int total);
}
