package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;

/** The SPI driver's state for one process, kept in its grant. */
@ExecutionContext("kernel")
final class SpiApp {
  int length;
  int offset;
}
