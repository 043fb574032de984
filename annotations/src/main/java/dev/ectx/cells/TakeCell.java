package dev.ectx.cells;

import dev.ectx.annotations.Unique;
import java.util.function.Consumer;

/**
 * A slot for an optional, uniquely owned value, after Tock's {@code TakeCell}. The value is
 * moved in with {@link #put}, moved out with {@link #take} (which empties the cell) and lent
 * with {@link #map}. This is how a driver keeps a DMA buffer in a non-final field.
 *
 * <pre>{@code
 * private final TakeCell<byte[]> txBuffer = new TakeCell<>();
 *
 * void transmitDone(byte @Unique [] buffer) { txBuffer.put(buffer); }
 * byte[] buffer = txBuffer.take();     // null when the hardware still has it
 * }</pre>
 *
 * <p>Not thread-safe: a cell belongs to one context.
 *
 * @param <T> the type of the value
 */
public final class TakeCell<T> {
  private T value;

  /** An empty cell. */
  public TakeCell() {}

  /** Whether the cell holds a value. */
  public boolean isSome() {
    return value != null;
  }

  /** Whether the cell is empty. */
  public boolean isNone() {
    return value == null;
  }

  /**
   * Moves the value out, leaving the cell empty.
   *
   * @return the value, or {@code null} if the cell was empty
   */
  public @Unique T take() {
    T taken = value;
    value = null;
    return taken;
  }

  /**
   * Moves a value in, replacing (and dropping) any value held.
   *
   * @param newValue the value; must not be null
   */
  public void put(@Unique T newValue) {
    if (newValue == null) {
      throw new NullPointerException("TakeCell.put: value is null; use take() to empty the cell");
    }
    value = newValue;
  }

  /**
   * Moves a value in and the previous one out.
   *
   * @param newValue the value; must not be null
   * @return the previous value, or {@code null} if the cell was empty
   */
  public @Unique T replace(@Unique T newValue) {
    T previous = take();
    put(newValue);
    return previous;
  }

  /**
   * Lends the value to {@code body} for the duration of the call. While lent the cell is empty,
   * so a re-entrant {@code map} or {@code take} on the same cell finds nothing (Tock's rule: a
   * lent value cannot be reached twice). The value is put back afterwards, even if {@code body}
   * throws.
   *
   * @param body the code to run on the value
   * @return whether the cell held a value and {@code body} ran
   */
  public boolean map(Consumer<? super T> body) {
    T lent = take();
    if (lent == null) {
      return false;
    }
    try {
      body.accept(lent);
    } finally {
      if (value == null) {
        value = lent;
      }
    }
    return true;
  }
}
