package dev.ectx.audit;

import java.util.List;

/**
 * What the audit keeps of one method body once its Jimple is dropped.
 *
 * @param method the method
 * @param firstLine the first source line of the body, or 0
 * @param calls the calls, in order
 * @param accesses the field reads and writes, in order
 */
record BodyFacts(MethodKey method, int firstLine, List<CallSite> calls, List<FieldAccess> accesses) {

  BodyFacts {
    calls = List.copyOf(calls);
    accesses = List.copyOf(accesses);
  }
}
