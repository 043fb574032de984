package dev.ectx.audit;

/**
 * Code created in one method to be run by another: a lambda or method reference (its body is
 * {@code impl}) or an instance of an anonymous or local class.
 *
 * @param impl the lambda body or referenced method; null for a class instance
 * @param anonymousClass the anonymous or local class; null for a lambda
 * @param iface the functional interface a lambda implements; null for a class instance
 * @param samSubSignature the interface method's {@code name + desc}; null for a class instance
 * @param creator the method that creates it
 * @param line where it is created
 */
record Callback(
    MethodKey impl,
    String anonymousClass,
    String iface,
    String samSubSignature,
    MethodKey creator,
    int line) {

  boolean isLambda() {
    return impl != null;
  }
}
