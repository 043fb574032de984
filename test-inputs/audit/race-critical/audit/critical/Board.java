package audit.critical;

import dev.ectx.cells.CriticalSection;

/** The board's interrupt mask (a stand-in for PRIMASK). */
final class Board implements CriticalSection.InterruptMask {
  private boolean masked;

  @Override
  public boolean disableInterrupts() {
    boolean was = masked;
    masked = true;
    return was;
  }

  @Override
  public void restoreInterrupts(boolean wasMasked) {
    masked = wasMasked;
  }
}
