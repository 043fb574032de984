package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;

/** The RNG driver's state for one process, kept in its grant. */
@ExecutionContext("kernel")
final class RngApp {
  int wanted;
  int filled;
}
