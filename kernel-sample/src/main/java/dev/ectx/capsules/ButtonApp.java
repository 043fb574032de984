package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;

/** The button driver's state for one process, kept in its grant. */
@ExecutionContext("kernel")
final class ButtonApp {
  int subscribedMask;
}
