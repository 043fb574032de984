package dev.ectx.checker.ownership;

import com.sun.source.tree.Tree;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.AbstractValue;

/**
 * The ownership of a value: its {@link Ownership} state, the local variables it may have come from
 * (so that moving the value of {@code c ? a : b} moves both {@code a} and {@code b}), and, for a
 * moved value, where it was moved (for the message).
 */
final class OwnershipValue implements AbstractValue<OwnershipValue> {
  /** A fresh value: {@code new}, or a {@code @Unique} return. */
  static final OwnershipValue FRESH = new OwnershipValue(Ownership.UNIQUE, Set.of(), null);

  /** A value that may have other references, from no tracked variable. */
  static final OwnershipValue ALIASED = new OwnershipValue(Ownership.ALIASED, Set.of(), null);

  final Ownership state;
  final Set<VariableElement> sources;
  final Tree movedAt;

  OwnershipValue(Ownership state, Set<VariableElement> sources, Tree movedAt) {
    this.state = state;
    this.sources = sources;
    this.movedAt = movedAt;
  }

  /** The value of a variable in state {@code state}, coming from {@code variable}. */
  static OwnershipValue of(Ownership state, VariableElement variable, Tree movedAt) {
    return new OwnershipValue(state, Collections.singleton(variable), movedAt);
  }

  /** This value with another state, same sources. */
  OwnershipValue withState(Ownership newState, Tree newMovedAt) {
    return new OwnershipValue(newState, sources, newMovedAt);
  }

  @Override
  public OwnershipValue leastUpperBound(OwnershipValue other) {
    Set<VariableElement> union = new LinkedHashSet<>(sources);
    union.addAll(other.sources);
    return new OwnershipValue(
        state.join(other.state), union, movedAt != null ? movedAt : other.movedAt);
  }

  @Override
  public boolean equals(Object o) {
    // movedAt only serves the message; leaving it out keeps the fixpoint finite.
    return o instanceof OwnershipValue
        && ((OwnershipValue) o).state == state
        && ((OwnershipValue) o).sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, sources);
  }

  @Override
  public String toString() {
    return state + sources.toString();
  }
}
