package dev.ectx.checker.ownership;

/**
 * What the code may still do with a variable's value, ordered from most to least permissive; the
 * join of two states (where control flow merges) is the later one.
 */
enum Ownership {
  /** The only reference: it may be moved (sent, stored into a unique slot, put in a cell). */
  UNIQUE,
  /** One of several references in one context: usable here, never sent. */
  ALIASED,
  /** Lent for the duration of the call: usable here, never stored, returned or captured. */
  BORROWED,
  /** Given away: the variable may not be used again until it is re-assigned. */
  MOVED;

  /** The state after a merge of control flow. */
  Ownership join(Ownership other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
