package dev.ectx.cells;

import java.util.function.Consumer;

/**
 * A value that may be absent, after Tock's {@code OptionalCell}: for values that are sendable
 * (immutable, shared, references to confined objects) or aliasable within one context, such as a
 * driver's client.
 *
 * <pre>{@code
 * private final OptionalCell<UartClient> client = new OptionalCell<>();
 *
 * void setClient(UartClient c) { client.set(c); }
 * client.map(c -> c.transmitDone(buffer, 0));
 * }</pre>
 *
 * <p>Not thread-safe: a cell belongs to one context.
 *
 * @param <T> the type of the value
 */
public final class OptionalCell<T> {
  private T value;

  /** An empty cell. */
  public OptionalCell() {}

  /**
   * A cell holding {@code initial}.
   *
   * @param initial the value, or {@code null} for an empty cell
   */
  public OptionalCell(T initial) {
    this.value = initial;
  }

  /** Whether the cell holds a value. */
  public boolean isSome() {
    return value != null;
  }

  /** Whether the cell is empty. */
  public boolean isNone() {
    return value == null;
  }

  /**
   * Stores a value.
   *
   * @param newValue the value, or {@code null} to empty the cell
   */
  public void set(T newValue) {
    value = newValue;
  }

  /** Empties the cell. */
  public void clear() {
    value = null;
  }

  /**
   * The value held.
   *
   * @return the value, or {@code null} if the cell is empty
   */
  public T get() {
    return value;
  }

  /**
   * The value held, or a default.
   *
   * @param otherwise what to return if the cell is empty
   * @return the value or {@code otherwise}
   */
  public T orElse(T otherwise) {
    return value != null ? value : otherwise;
  }

  /**
   * Takes the value out, leaving the cell empty.
   *
   * @return the value, or {@code null} if the cell was empty
   */
  public T take() {
    T taken = value;
    value = null;
    return taken;
  }

  /**
   * Runs {@code body} on the value if there is one.
   *
   * @param body the code to run
   * @return whether the cell held a value and {@code body} ran
   */
  public boolean map(Consumer<? super T> body) {
    T current = value;
    if (current == null) {
      return false;
    }
    body.accept(current);
    return true;
  }
}
