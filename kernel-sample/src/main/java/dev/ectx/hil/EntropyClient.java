package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Upcall;

/** Receives random bytes from an {@link Entropy} source. */
@ExecutionContext("kernel")
public interface EntropyClient {
  /** Whether the client wants more. */
  enum Continue {
    /** Keep producing. */
    MORE,
    /** Stop: the client has enough. */
    DONE
  }

  /**
   * A random byte is ready; never called from inside {@link Entropy#get()}.
   *
   * @param value the byte, 0 to 255
   * @return whether to go on
   */
  @Upcall
  Continue entropyAvailable(int value);
}
