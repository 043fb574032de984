package dev.ectx.cli.command;

import dev.ectx.cli.check.Progress;
import java.io.PrintWriter;

/**
 * Live progress on standard error, rewritten in place ({@code checked 12/40 files}); shown only
 * when standard error is a terminal and {@code --quiet} is off, so pipes and logs stay clean.
 */
final class ProgressLine implements Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private boolean shown;

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void advanced(int done, int total) {
    if (enabled) {
      err.print("\rectx: checked " + done + "/" + total + " files");
      err.flush();
      shown = true;
    }
  }

  /** Clears the progress line. */
  void finish() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
