package dev.ectx.checker;

import java.util.Objects;

/**
 * An execution context as the rules see it: a named context ({@code kernel}, {@code irq}, the
 * built-in {@code boot}), or one of the two special markers {@link #ANY} (callable from every
 * context) and {@link #POLY} (runs in its caller's context).
 */
public final class Context {
  /** Callable from every context; the default of unannotated code. */
  public static final Context ANY = new Context("@AnyContext", Kind.ANY);

  /** Runs in the context of its caller (or of its confined receiver). */
  public static final Context POLY = new Context("@PolyContext", Kind.POLY);

  /** The built-in start-up context, which may call into every context. */
  public static final Context BOOT = new Context("boot", Kind.NAMED);

  /** The name of the built-in start-up context. */
  public static final String BOOT_NAME = "boot";

  private enum Kind {
    NAMED,
    ANY,
    POLY
  }

  private final String name;
  private final Kind kind;

  private Context(String name, Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  /**
   * The named context {@code name}.
   *
   * @param name a context name
   * @return the context; {@link #BOOT} for {@code "boot"}
   */
  public static Context named(String name) {
    return BOOT_NAME.equals(name) ? BOOT : new Context(name, Kind.NAMED);
  }

  /** Whether this is a named context (including {@code boot}). */
  public boolean isNamed() {
    return kind == Kind.NAMED;
  }

  /** Whether this is {@link #ANY}. */
  public boolean isAny() {
    return kind == Kind.ANY;
  }

  /** Whether this is {@link #POLY}. */
  public boolean isPoly() {
    return kind == Kind.POLY;
  }

  /** Whether this is {@link #BOOT}. */
  public boolean isBoot() {
    return this == BOOT;
  }

  /** The name, as messages show it ({@code kernel}, {@code @AnyContext}). */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Context
        && ((Context) other).kind == kind
        && ((Context) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind);
  }

  @Override
  public String toString() {
    return name;
  }
}
