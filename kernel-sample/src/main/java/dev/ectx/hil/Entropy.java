package dev.ectx.hil;

import dev.ectx.annotations.Downcall;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.kernel.ReturnCode;

/** A source of random bytes, after Tock's {@code hil::entropy::Entropy8}. */
@ExecutionContext("kernel")
public interface Entropy {
  /**
   * Starts producing random bytes.
   *
   * @return {@link ReturnCode#SUCCESS}: {@link EntropyClient#entropyAvailable} follows, once per
   *     byte, until the client answers {@link EntropyClient.Continue#DONE} or {@link #cancel()}
   *     is called. {@link ReturnCode#BUSY}: already producing. No callback on an error.
   */
  @Downcall
  ReturnCode get();

  /**
   * Stops producing.
   *
   * @return {@link ReturnCode#SUCCESS}: no further callback. {@link ReturnCode#OFF}: it was not
   *     producing.
   */
  ReturnCode cancel();

  /**
   * Sets who receives the bytes.
   *
   * @param client the client
   */
  void setClient(EntropyClient client);
}
