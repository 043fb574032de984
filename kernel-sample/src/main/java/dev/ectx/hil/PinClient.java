package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Upcall;

/** Hears an {@link InterruptPin}. */
@ExecutionContext("kernel")
public interface PinClient {
  /**
   * An enabled edge happened; called from the pin's interrupt bottom half.
   *
   * @param level the pin's level after the edge
   */
  @Upcall
  void fired(boolean level);
}
