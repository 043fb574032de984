package audit.trusted;

import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;

/** Trusted: only written with interrupts masked. */
@Trusted
@Shared
public final class RegisterGlue {
  private final int[] words = new int[4];

  public int read(int i) {
    return words[i];
  }
}
