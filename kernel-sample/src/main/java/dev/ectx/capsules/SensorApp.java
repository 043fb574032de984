package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;

/** The temperature driver's state for one process, kept in its grant. */
@ExecutionContext("kernel")
final class SensorApp {
  boolean waiting;
}
