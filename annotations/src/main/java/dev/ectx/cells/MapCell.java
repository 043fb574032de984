package dev.ectx.cells;

import java.util.function.Consumer;

/**
 * A value that is only ever lent, never handed out, after Tock's {@code MapCell}. Use it for
 * state whose shape an alias could change under a reader, such as a sum type whose variant
 * changes. A re-entrant {@link #map} on the same cell, which would lend the value twice, throws.
 *
 * <pre>{@code
 * private final MapCell<State> state = new MapCell<>(new State.Idle());
 * state.map(s -> ...);
 * }</pre>
 *
 * <p>Not thread-safe: a cell belongs to one context.
 *
 * @param <T> the type of the value
 */
public final class MapCell<T> {
  private T value;
  private boolean lent;

  /**
   * A cell holding {@code initial}.
   *
   * @param initial the value; must not be null
   */
  public MapCell(T initial) {
    if (initial == null) {
      throw new NullPointerException("MapCell: initial value is null; use MapCell.empty()");
    }
    this.value = initial;
  }

  private MapCell() {}

  /**
   * An empty cell.
   *
   * @param <T> the type of the value
   * @return a cell holding nothing
   */
  public static <T> MapCell<T> empty() {
    return new MapCell<>();
  }

  /** Whether the cell holds a value. */
  public boolean isSome() {
    return value != null;
  }

  /**
   * Stores a value in an empty cell.
   *
   * @param newValue the value; must not be null
   * @throws IllegalStateException if the cell already holds a value or is lent
   */
  public void put(T newValue) {
    if (newValue == null) {
      throw new NullPointerException("MapCell.put: value is null");
    }
    if (lent || value != null) {
      throw new IllegalStateException("MapCell.put: the cell already holds a value");
    }
    value = newValue;
  }

  /**
   * Lends the value to {@code body} for the duration of the call.
   *
   * @param body the code to run on the value
   * @return whether the cell held a value and {@code body} ran
   * @throws IllegalStateException if called from inside another {@code map} on this cell
   */
  public boolean map(Consumer<? super T> body) {
    if (lent) {
      throw new IllegalStateException(
          "MapCell.map re-entered: the value is already lent to an enclosing map on this cell");
    }
    if (value == null) {
      return false;
    }
    lent = true;
    try {
      body.accept(value);
    } finally {
      lent = false;
    }
    return true;
  }
}
