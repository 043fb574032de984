package dev.ectx.audit;

/**
 * The context a method is bound to, and why.
 *
 * @param kind a named context, any context, or the caller's
 * @param context the context's name for {@link Kind#CONTEXT}, else empty
 * @param registered whether the binding comes from where a callback was registered (passed to a
 *     context-typed parameter): such code runs when that context dispatches it, later
 */
record Binding(Kind kind, String context, boolean registered) {

  /** What a binding says about the code's context. */
  enum Kind {
    /** Runs in the named context. */
    CONTEXT,
    /** {@code @AnyContext}: callable from every context, runs in the caller's. */
    ANY,
    /** {@code @PolyContext}: runs in the caller's context. */
    POLY
  }

  static Binding context(String name) {
    return new Binding(Kind.CONTEXT, name, false);
  }

  static final Binding ANY = new Binding(Kind.ANY, "", false);
  static final Binding POLY = new Binding(Kind.POLY, "", false);

  Binding asRegistered() {
    return new Binding(kind, context, true);
  }

  boolean isContext() {
    return kind == Kind.CONTEXT;
  }
}
