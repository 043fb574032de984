package dev.ectx.audit;

import java.util.List;

/**
 * What the audit keeps of one method body once its Jimple is dropped.
 *
 * @param method the method
 * @param firstLine the first source line of the body, or 0
 * @param calls the calls, in order
 * @param accesses the field reads and writes, in order
 * @param callbacks the lambdas, method references and anonymous-class instances it creates
 */
record BodyFacts(
    MethodKey method,
    int firstLine,
    List<CallSite> calls,
    List<FieldAccess> accesses,
    List<Callback> callbacks) {

  BodyFacts {
    calls = List.copyOf(calls);
    accesses = List.copyOf(accesses);
    callbacks = List.copyOf(callbacks);
  }
}
