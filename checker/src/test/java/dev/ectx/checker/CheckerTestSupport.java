package dev.ectx.checker;

/** The options every test run of the checker gets. */
final class CheckerTestSupport {
  private CheckerTestSupport() {}

  /** Diagnostics as bare keys, and the context names the test inputs use. */
  static final String[] OPTIONS = {"-Anomsgtext", "-Aectx.contexts=kernel,irq,process,ui,worker"};
}
