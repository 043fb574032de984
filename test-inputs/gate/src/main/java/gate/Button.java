package gate;

import dev.ectx.annotations.ExecutionContext;

/** The paper's Figure 1 in miniature: the press counter lives in the kernel context. */
@ExecutionContext("kernel")
public final class Button {
  private int presses;

  /** The bottom half: runs in the kernel loop. */
  public void bottomHalf() {
    presses++;
  }

  /** How often the button was pressed. */
  public int presses() {
    return presses;
  }
}
