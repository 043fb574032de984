package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.kernel.ReturnCode;

/** A GPIO input that can interrupt on an edge, after Tock's {@code hil::gpio::InterruptPin}. */
@ExecutionContext("kernel")
public interface InterruptPin {
  /** Which edges interrupt. */
  enum Edge {
    /** Low to high. */
    RISING,
    /** High to low. */
    FALLING,
    /** Both. */
    EITHER
  }

  /** The pin's level. */
  boolean read();

  /**
   * Starts reporting edges.
   *
   * @param edge which edges
   * @return {@link ReturnCode#SUCCESS}: {@link PinClient#fired} follows once per edge from now on,
   *     until disabled. {@link ReturnCode#NOMEM}: no edge-detect channel is free.
   */
  ReturnCode enableInterrupts(Edge edge);

  /** Stops reporting edges; no callback follows. */
  void disableInterrupts();

  /**
   * Sets who hears the edges.
   *
   * @param client the client
   */
  void setClient(PinClient client);
}
