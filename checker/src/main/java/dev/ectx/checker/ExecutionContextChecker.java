package dev.ectx.checker;

import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.qual.StubFiles;
import org.checkerframework.framework.source.SupportedOptions;
import org.checkerframework.framework.source.SuppressWarningsPrefix;

/**
 * The ectx checker: execution-context aliasing rules for Java. Run it as a javac annotation
 * processor: {@code -processor dev.ectx.checker.ExecutionContextChecker}.
 *
 * <p>Options: {@code -Aectx.contexts=kernel,irq} declares context names; {@code
 * -Aectx.allocationFree=irq} makes the code of those contexts allocation-free.
 * {@code @SuppressWarnings("ectx")} silences it for one declaration; {@code ectx audit} counts each
 * use.
 */
@SuppressWarningsPrefix({"ectx"})
@StubFiles({"jdk-contexts.astub", "jdk-allocation.astub"})
@SupportedOptions({
  ExecutionContextChecker.CONTEXTS_OPTION,
  ExecutionContextChecker.ALLOCATION_FREE_OPTION
})
public final class ExecutionContextChecker extends BaseTypeChecker {
  /** The option that declares context names, comma-separated. */
  public static final String CONTEXTS_OPTION = "ectx.contexts";

  /** The option that names the contexts whose code must not allocate, comma-separated. */
  public static final String ALLOCATION_FREE_OPTION = "ectx.allocationFree";

  /**
   * Drops the Checker Framework's style warnings {@code type.anno.before.modifier} and {@code
   * type.anno.before.decl.anno}: ectx's annotations are declaration annotations that may also be
   * type uses, so {@code @ExecutionContext("irq") static void f()} is the intended spelling.
   */
  @Override
  public void reportWarning(Object source, String messageKey, Object... args) {
    if (!messageKey.startsWith("type.anno.before.")) {
      super.reportWarning(source, messageKey, args);
    }
  }
}
