package dev.ectx.checker.ownership;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.Store;
import org.checkerframework.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.dataflow.expression.JavaExpression;

/** The ownership state of each tracked local variable at one program point. */
final class OwnershipStore implements Store<OwnershipStore> {
  private final Map<VariableElement, OwnershipValue> values;

  OwnershipStore() {
    this(new HashMap<>());
  }

  private OwnershipStore(Map<VariableElement, OwnershipValue> values) {
    this.values = values;
  }

  /** The state of {@code variable}, or null if the analysis has not seen it. */
  OwnershipValue get(VariableElement variable) {
    return values.get(variable);
  }

  /** A copy of this store in which {@code variable} has {@code value}. */
  OwnershipStore with(VariableElement variable, OwnershipValue value) {
    if (value.equals(values.get(variable))) {
      return this;
    }
    OwnershipStore copy = copy();
    copy.values.put(variable, value);
    return copy;
  }

  /** Sets {@code variable} in this (fresh) store. */
  void put(VariableElement variable, OwnershipValue value) {
    values.put(variable, value);
  }

  @Override
  public OwnershipStore copy() {
    return new OwnershipStore(new HashMap<>(values));
  }

  @Override
  public OwnershipStore leastUpperBound(OwnershipStore other) {
    OwnershipStore result = copy();
    other.values.forEach(
        (variable, value) -> result.values.merge(variable, value, OwnershipValue::leastUpperBound));
    return result;
  }

  @Override
  public OwnershipStore widenedUpperBound(OwnershipStore previous) {
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, OwnershipStore, ?> viz) {
    return values.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OwnershipStore && ((OwnershipStore) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
