package dev.ectx.audit;

import java.util.List;
import java.util.Set;

/**
 * One call in a method body.
 *
 * @param kind how the call dispatches
 * @param target the method the instruction names
 * @param line the source line, or 0
 * @param callbacks per argument index, the lambdas and anonymous-class instances passed there
 */
record CallSite(Kind kind, MethodKey target, int line, List<Set<Callback>> callbacks) {

  /** The dispatch of a call instruction. */
  enum Kind {
    /** {@code invokestatic}. */
    STATIC,
    /** {@code invokespecial}: constructors, super calls, private methods. */
    SPECIAL,
    /** {@code invokevirtual} and {@code invokeinterface}. */
    VIRTUAL
  }

  CallSite {
    callbacks = List.copyOf(callbacks);
  }
}
